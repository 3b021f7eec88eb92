#include "server/passwordgate.h"

#include "core/links/linkpassword.h"
#include "core/links/rulematch.h"

#include <sodium.h>

#include <algorithm>

namespace Linkdeck::Server {

int AttemptLimiter::attempt(std::int64_t linkId, std::string_view clientIp, std::int64_t nowMs)
{
    std::string key = std::to_string(linkId);
    key += ' ';
    key += clientIp;
    std::lock_guard lock(m_mutex);
    forgetOld(nowMs);
    Window &w = m_windows[key];
    if (w.count == MaxAttempts) {
        const std::int64_t oldest = w.times[w.next];
        if (nowMs - oldest < WindowMs)
            return int(std::max<std::int64_t>(1, (oldest + WindowMs - nowMs + 999) / 1000));
    } else {
        ++w.count;
    }
    w.times[w.next] = nowMs;
    w.next = (w.next + 1) % MaxAttempts;
    return 0;
}

void AttemptLimiter::succeeded(std::int64_t linkId, std::string_view clientIp)
{
    std::string key = std::to_string(linkId);
    key += ' ';
    key += clientIp;
    std::lock_guard lock(m_mutex);
    m_windows.erase(key);
}

std::size_t AttemptLimiter::tracked() const
{
    std::lock_guard lock(m_mutex);
    return m_windows.size();
}

// Once a window, drops the visitors whose last attempt is older than it: the map holds only
// the last minute's visitors.
void AttemptLimiter::forgetOld(std::int64_t nowMs)
{
    if (nowMs - m_lastSweepMs < WindowMs && m_windows.size() < 10'000)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        const Window &w = it->second;
        const std::int64_t newest = w.times[(w.next + MaxAttempts - 1) % MaxAttempts];
        it = nowMs - newest >= WindowMs ? m_windows.erase(it) : std::next(it);
    }
}

PasswordVerifier::PasswordVerifier()
    : m_thread([this] { run(); })
{}

PasswordVerifier::~PasswordVerifier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool PasswordVerifier::check(std::string hash, std::string password, std::function<void(bool)> done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && m_jobs.size() < MaxQueued) {
            m_jobs.push_back(Job{std::move(hash), std::move(password), std::move(done)});
            m_wake.notify_one();
            return true;
        }
    }
    wipe(password);
    return false;
}

void PasswordVerifier::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) {
                for (Job &left : m_jobs) {
                    wipe(left.password);
                    left.done(false);
                }
                m_jobs.clear();
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        const bool matches = LinkPassword::verify(job.hash, job.password);
        wipe(job.password);
        job.done(matches);
    }
}

std::string formPassword(std::string_view body)
{
    std::string value;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view pair = body.substr(0, amp);
        body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        if (pair.substr(0, eq) != "password" || eq == std::string_view::npos)
            continue;
        wipe(value);
        value.clear();
        const std::string_view raw = pair.substr(eq + 1);
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '+') {
                value.push_back(' ');
            } else if (raw[i] == '%' && i + 2 < raw.size() && Rules::hexValue(raw[i + 1]) >= 0
                       && Rules::hexValue(raw[i + 2]) >= 0) {
                value.push_back(char(Rules::hexValue(raw[i + 1]) * 16 + Rules::hexValue(raw[i + 2])));
                i += 2;
            } else {
                value.push_back(raw[i]);
            }
        }
    }
    return value;
}

void wipe(std::string &secret)
{
    if (!secret.empty())
        sodium_memzero(secret.data(), secret.size());
}

}   // namespace Linkdeck::Server
