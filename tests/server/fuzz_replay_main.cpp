// Runs the fuzz target without libFuzzer: over the files given as arguments, then over a
// fixed number of deterministic mutations of a small seed corpus. Keeps the target building
// and exercised in every CI run; a real fuzzing session uses the clang build.

#include "server/clickrecord.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char *argv[])
{
    std::vector<std::string> seeds = {
        "GET /spring HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
        "HEAD /SPRING?utm_source=x HTTP/1.1\r\nHost: LOCALHOST:8080.\r\nReferer: https://a/\r\n\r\n",
        "GET /limited HTTP/1.0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /a/b/c?d HTTP/1.1\r\nHost: y\r\nX-Forwarded-For: 1.2.3.4, ::1\r\n\r\n",
        "POST /rest/v3/short-urls HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\n{\"a\"}",
        "GET /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "192.0.2.77",
        "2001:db8::1",
        std::string("LDJ2\x10\0\0\0\0\0\0\0", 12) + std::string(16, 'x'),
    };
    {
        // A journal of three records, and the same with the middle one damaged.
        using Linkdeck::Server::ClickCodec;
        std::string journal;
        for (int n = 0; n < 3; ++n)
            ClickCodec::append(journal, 1'764'000'000'000 + n, n + 1, Linkdeck::Server::OrphanType::None, "localhost:8080",
                               "spring", "https://ref.example/", "Mozilla/5.0", "192.0.2.0", "de", "https://shop.example/");
        seeds.push_back(journal);
        journal[journal.size() / 2] = 0;
        seeds.push_back(journal);
    }
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (const std::string &seed : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(seed.data()), seed.size());

    std::mt19937 rng(20261128);
    constexpr int rounds = 200000;
    for (int i = 0; i < rounds; ++i) {
        std::string input = seeds[rng() % seeds.size()];
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = input.empty() ? 0 : rng() % input.size();
            switch (rng() % 5) {
            case 0: if (!input.empty()) input[at] = char(rng()); break;                          // flip a byte
            case 1: input.insert(at, 1, char(rng())); break;                                      // insert
            case 2: if (!input.empty()) input.erase(at, 1 + rng() % 8); break;                  // delete
            case 3: input.insert(at, std::string(rng() % 300, char('A' + rng() % 26))); break;   // long run
            default: input.insert(at, seeds[rng() % seeds.size()]); break;                       // splice
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    }
    std::printf("fuzz replay: %zu seeds and %d mutated inputs, no crash\n", seeds.size(), rounds);
    return 0;
}
