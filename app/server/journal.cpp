#include "server/journal.h"

#include "server/clickrecord.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Linkdeck::Server {
namespace {
std::atomic<std::uint64_t> lostClicks{0};
std::atomic<int> lastFailure{0};
std::atomic<int> failingAppenders{0};
std::atomic<std::int64_t> lastReportSecond{0};

// "clicks-<thread>-<segment>.journal" with decimal numbers that fit: a name whose number does
// not (sscanf's overflow is undefined) is no journal file of ours.
bool parseName(const std::string &name, int *thread, std::int64_t *segment)
{
    std::string_view rest = name;
    const auto number = [&rest](auto *out, char end) {
        const char *first = rest.data();
        const char *last = rest.data() + rest.size();
        if (first == last || *first < '0' || *first > '9')
            return false;
        const auto [ptr, ec] = std::from_chars(first, last, *out);
        if (ec != std::errc() || ptr == last || *ptr != end)
            return false;
        rest.remove_prefix(std::size_t(ptr - first) + 1);
        return true;
    };
    constexpr std::string_view prefix = "clicks-";
    if (rest.substr(0, prefix.size()) != prefix)
        return false;
    rest.remove_prefix(prefix.size());
    int t = 0;
    std::int64_t s = 0;
    if (!number(&t, '-') || !number(&s, '.') || rest != "journal")
        return false;
    *thread = t;
    *segment = s;
    return true;
}
} // namespace

std::string JournalAppender::segmentPath(const std::string &dir, int thread, std::int64_t segment)
{
    char name[64];
    std::snprintf(name, sizeof name, "clicks-%d-%08lld.journal", thread, static_cast<long long>(segment));
    return dir + '/' + name;
}

std::vector<JournalSegment> listSegments(const std::string &dir)
{
    std::vector<JournalSegment> out;
    std::error_code ec;
    // Never the range-for: its increment throws on an I/O error.
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        JournalSegment s;
        if (parseName(it->path().filename().string(), &s.thread, &s.segment)) {
            s.path = it->path().string();
            out.push_back(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(), [](const JournalSegment &a, const JournalSegment &b) {
        return a.thread != b.thread ? a.thread < b.thread : a.segment < b.segment;
    });
    return out;
}

std::string journalIdentityPath(const std::string &dir)
{
    return dir + "/journal.id";
}

std::string readJournalIdentity(const std::string &dir)
{
    const int fd = ::open(journalIdentityPath(dir).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? std::string() : std::string("unreadable");
    char buffer[128];
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    if (n <= 0)
        return "unreadable";
    std::string id(buffer, std::size_t(n));
    while (!id.empty() && (id.back() == '\n' || id.back() == '\r' || id.back() == ' '))
        id.pop_back();
    const bool valid = !id.empty() && id.size() <= 64
        && std::all_of(id.begin(), id.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == '-'; });
    return valid ? id : std::string("unreadable");
}

bool writeJournalIdentity(const std::string &dir, const std::string &identity, std::string *error)
{
    const std::string path = journalIdentityPath(dir);
    const std::string temporary = path + ".new";
    const std::string text = identity + "\n";
    int failure = 0;
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        failure = errno;
    else if (::write(fd, text.data(), text.size()) != ssize_t(text.size()) || ::fsync(fd) != 0)
        failure = errno ? errno : EIO;
    if (fd >= 0)
        ::close(fd);
    if (!failure && ::rename(temporary.c_str(), path.c_str()) != 0)
        failure = errno;
    if (failure) {
        if (error)
            *error = "cannot write the journal identity " + path + ": " + std::strerror(failure);
        ::unlink(temporary.c_str());
        return false;
    }
    if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
        ::fsync(d);
        ::close(d);
    }
    return true;
}

JournalAppender::JournalAppender(std::string dir, int thread)
    : m_dir(std::move(dir))
    , m_thread(thread)
{
    // Never append to a segment of an earlier run: start after the highest one.
    for (const JournalSegment &s : listSegments(m_dir)) {
        if (s.thread == m_thread)
            m_segment = std::max(m_segment, s.segment);
    }
    if (const std::string id = readJournalIdentity(m_dir); id != "unreadable")
        m_identity = id;
    openNext();
}

JournalAppender::~JournalAppender()
{
    restoreIfRemoved();   // before the ingestor's last pass at a stop
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_failing)
        failingAppenders.fetch_sub(1, std::memory_order_relaxed);
}

bool JournalAppender::openNext()
{
    const int previous = m_fd;
    ++m_segment;
    // Read-write: should the file be removed while it is written, its bytes are read back from here.
    m_fd = ::open(segmentPath(m_dir, m_thread, m_segment).c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    m_size = 0;
    if (previous >= 0)
        ::close(previous);
    if (m_fd < 0) {
        m_lastError = errno;
        return false;
    }
    return true;
}

void JournalAppender::restoreIfRemoved()
{
    struct stat st{};
    if (m_fd >= 0 && ::fstat(m_fd, &st) == 0 && st.st_nlink == 0)
        restoreUnlinkedSegment();
}

void JournalAppender::restoreUnlinkedSegment()
{
    // Its bytes exist only behind m_fd now. The clicks of segments that were finished and not
    // yet stored went with the directory: the ingestor keeps up within a second, so there are
    // rarely any, and nothing here can bring them back.
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    if (!ec)
        std::filesystem::permissions(m_dir, std::filesystem::perms::owner_all, ec);
    std::string identityError;
    if (!m_identity.empty() && readJournalIdentity(m_dir) != m_identity)
        writeJournalIdentity(m_dir, m_identity, &identityError);
    const std::string path = segmentPath(m_dir, m_thread, m_segment);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
    bool copied = fd >= 0;
    std::int64_t at = 0;
    char buffer[64 * 1024];
    while (copied && at < m_size) {
        const ssize_t n = ::pread(m_fd, buffer, std::size_t(std::min<std::int64_t>(sizeof buffer, m_size - at)), at);
        copied = n > 0 && ::write(fd, buffer, std::size_t(n)) == n;
        at += n > 0 ? n : 0;
    }
    if (!copied) {
        // Not restored (the directory cannot be made again, a full disk): go on in the unlinked
        // file is pointless, so the next append opens a new segment in the directory if it can.
        const int error = errno ? errno : EIO;
        if (fd >= 0) {
            ::close(fd);
            ::unlink(path.c_str());
        }
        std::fprintf(stderr,
                     "linkdeck-server: ERROR: the click journal %s was removed while the server ran and cannot be made "
                     "again (%s): the clicks written to it since its last stored position are lost\n",
                     path.c_str(), std::strerror(error));
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    ::close(m_fd);
    m_fd = fd;
    std::fprintf(stderr,
                 "linkdeck-server: WARNING: the click journal file %s was removed while the server ran (the journal "
                 "directory deleted?); it was made again with its %lld bytes, so none of its clicks is lost%s%s\n",
                 path.c_str(), static_cast<long long>(m_size), identityError.empty() ? "" : "; ",
                 identityError.c_str());
}

bool JournalAppender::append(const std::string &bytes)
{
    ssize_t written = -1;
    bool ok = (m_fd >= 0 || openNext()) && (m_size < SegmentBytes || openNext());
    if (ok) {
        written = ::write(m_fd, bytes.data(), bytes.size());
        ok = written == ssize_t(bytes.size());
    }
    if (ok) {
        m_size += written;
        if (m_failing) [[unlikely]] {
            m_failing = false;
            failingAppenders.fetch_sub(1, std::memory_order_relaxed);
        }
        return true;
    }
    // The write failed: count the clicks it held, which were redirected but are not in the journal.
    std::size_t lost = ClickCodec::count(bytes);
    if (written >= 0 || m_fd >= 0)
        m_lastError = written < 0 ? errno : ENOSPC;
    if (written > 0 && ::ftruncate(m_fd, m_size) != 0) {
        // A torn record stays in this segment: the whole records before it will be read, so
        // they are not lost; the reader skips the torn one at the end.
        lost -= std::min(lost, ClickCodec::count(std::string_view(bytes).substr(0, std::size_t(written))));
        m_size = -1;   // never append after the torn bytes
    }
    lostClicks.fetch_add(lost, std::memory_order_relaxed);
    lastFailure.store(m_lastError, std::memory_order_relaxed);
    if (!m_failing) {
        m_failing = true;
        failingAppenders.fetch_add(1, std::memory_order_relaxed);
    }
    if (m_fd >= 0 && m_size != 0) {
        // Go on in a new segment: this one is finished, so the ingestor stores what it holds and
        // deletes it, and the space comes back (a full disk does not stay full of stored clicks).
        ::close(m_fd);
        m_fd = -1;
    }
    return false;
}

bool checkJournalDirectory(const std::string &dir, std::string *error)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string reason;
    if (ec) {
        reason = std::filesystem::exists(dir) && !std::filesystem::is_directory(dir) ? std::string("it is a file, not a directory")
                                                                                      : ec.message();
    } else {
        // As root, permissions say little: make a file.
        const std::string probe = dir + "/.write-test-" + std::to_string(::getpid());
        const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            ::unlink(probe.c_str());
        } else if (errno != ENOSPC && errno != EDQUOT) {
            reason = std::strerror(errno);
        }
    }
    if (reason.empty())
        return true;
    if (error)
        *error = "cannot write the click journal in " + dir + " (" + reason + "), so every click would be lost; "
                 "give linkdeck-server a directory it can write (--journal-dir), or fix this one's mount or permissions";
    return false;
}

void reportJournalError(int error)
{
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    auto last = lastReportSecond.load(std::memory_order_relaxed);
    if (now - last < 5 || !lastReportSecond.compare_exchange_strong(last, now))
        return;
    std::fprintf(stderr,
                 "linkdeck-server: ERROR: cannot write the click journal (%s). Redirects go on, but clicks are "
                 "being lost (%llu so far). Free disk space or fix the journal directory's permissions.\n",
                 std::strerror(error), static_cast<unsigned long long>(lostClicks.load()));
}

JournalState journalState()
{
    JournalState state;
    state.lostClicks = lostClicks.load(std::memory_order_relaxed);
    state.lastError = lastFailure.load(std::memory_order_relaxed);
    state.failing = failingAppenders.load(std::memory_order_relaxed) > 0;
    return state;
}

} // namespace Linkdeck::Server
