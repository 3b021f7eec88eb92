#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace Linkdeck::Server {

// The password form of a protected link (issue 15), the parts the I/O threads share: how many
// attempts a visitor has left, and the thread that checks passwords. Argon2id takes tens of
// milliseconds and 64 MiB per check on purpose, far too long for an I/O thread, whose other
// redirects would wait behind it.
//
//   if (auto wait = limiter.attempt(linkId, ip, nowMs)) -> 429, Retry-After: *wait
//   verifier.check(hash, password, [](bool ok) { ... post back to the connection's thread ... });

// At most MaxAttempts password attempts per link and client address in any WindowMs; time
// comes from the caller (nowMs, the injectable clock), so tests can move it.
class AttemptLimiter
{
public:
    static constexpr int MaxAttempts = 5;
    static constexpr std::int64_t WindowMs = 60'000;

    // Counts an attempt and returns 0, or, when the visitor already used up the window,
    // counts nothing and returns the seconds until the next attempt is allowed (>= 1).
    int attempt(std::int64_t linkId, std::string_view clientIp, std::int64_t nowMs);
    // After the right password: the visitor's attempts are forgotten, so that people behind one
    // address (an office, a mobile network) who know the password are never made to wait.
    void succeeded(std::int64_t linkId, std::string_view clientIp);
    std::size_t tracked() const;   // visitors remembered now (old ones are forgotten)

private:
    struct Window
    {
        std::int64_t times[MaxAttempts] = {};   // the last attempts, oldest at `next`
        int count = 0;
        int next = 0;
    };
    void forgetOld(std::int64_t nowMs);

    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Window> m_windows;   // by "linkId ip"
    std::int64_t m_lastSweepMs = 0;
};

// One thread that checks passwords against their hashes in turn. A queue of at most MaxQueued
// checks: past that, check() refuses at once (false) and the caller answers "busy", so a flood
// of guesses cannot hold memory or make honest visitors wait for minutes.
class PasswordVerifier
{
public:
    static constexpr std::size_t MaxQueued = 64;

    PasswordVerifier();
    ~PasswordVerifier();
    PasswordVerifier(const PasswordVerifier &) = delete;
    PasswordVerifier &operator=(const PasswordVerifier &) = delete;

    // done(matches) runs on the verifier's thread; the password is wiped from memory after.
    bool check(std::string hash, std::string password, std::function<void(bool)> done);

private:
    struct Job
    {
        std::string hash;
        std::string password;
        std::function<void(bool)> done;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

// The "password" field of an application/x-www-form-urlencoded body, decoded ("+" is a space,
// %XX a byte); empty when there is none.
std::string formPassword(std::string_view body);

// Overwrites a string's bytes (a password) before it is freed.
void wipe(std::string &secret);

}   // namespace Linkdeck::Server
