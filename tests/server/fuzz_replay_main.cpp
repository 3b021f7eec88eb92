// Runs a fuzz target without libFuzzer: over the files given as arguments, then over a
// fixed number of deterministic mutations of the target's seed corpus (fuzzSeeds()). Keeps the target building
// and exercised in every CI run; a real fuzzing session uses the clang build.

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// Each target's seed corpus and how many mutations of it to replay (fuzz_*.cpp).
std::vector<std::string> fuzzSeeds();
int fuzzRounds();

int main(int argc, char *argv[])
{
    std::vector<std::string> seeds = fuzzSeeds();
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (const std::string &seed : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(seed.data()), seed.size());

    std::mt19937 rng(20261128);
    const int rounds = fuzzRounds();
    for (int i = 0; i < rounds; ++i) {
        std::string input = seeds[rng() % seeds.size()];
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = input.empty() ? 0 : rng() % input.size();
            switch (rng() % 5) {
            case 0:
                if (!input.empty())
                    input[at] = char(rng());
                break;   // flip a byte
            case 1:
                input.insert(at, 1, char(rng()));
                break;   // insert
            case 2:
                if (!input.empty())
                    input.erase(at, 1 + rng() % 8);
                break;   // delete
            case 3:
                input.insert(at, std::string(rng() % 300, char('A' + rng() % 26)));
                break;   // long run
            default:
                input.insert(at, seeds[rng() % seeds.size()]);
                break;   // splice
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    }
    std::printf("fuzz replay: %zu seeds and %d mutated inputs, no crash\n", seeds.size(), rounds);
    return 0;
}
