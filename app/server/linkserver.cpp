#include "server/linkserver.h"

#include "core/base/sqlite.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "server/apikeys.h"
#include "server/apiworker.h"
#include "server/clickingestor.h"
#include "server/eventpublisher.h"
#include "server/journal.h"
#include "server/redirectindex.h"
#include "server/shlinkapi.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Linkdeck::Server {
namespace {

// Takes an exclusive flock on `path` (created if need be) and writes this process's PID into
// it. Returns the descriptor, or -1 with *error set; *holder is the PID of the process that
// holds the lock, when that is the reason (0 if it could not be read).
int lockExclusively(const std::string &path, long *holder, std::string *error)
{
    *holder = 0;
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = "cannot create the lock file " + path + ": " + std::strerror(errno);
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int failure = errno;
        if (failure == EWOULDBLOCK) {
            char buffer[32] = {};
            if (::pread(fd, buffer, sizeof buffer - 1, 0) > 0)
                *holder = std::strtol(buffer, nullptr, 10);
        } else {
            *error = "cannot lock " + path + ": " + std::strerror(failure);
        }
        ::close(fd);
        return -1;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    // Should either fail, the lock holds all the same: only a second server's message lacks the PID.
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, pid.data(), pid.size(), 0);
    return fd;
}

std::string anotherServer(long pid)
{
    return pid > 0 ? "another linkdeck-server (PID " + std::to_string(pid) + ")"
                   : std::string("another linkdeck-server");
}

}   // namespace

LinkServer::LinkServer(ServerConfig config)
    : m_config(std::move(config))
    , m_index(
          std::make_unique<RedirectIndex>(m_config.caseSensitiveSlugs ? SlugCase::Sensitive : SlugCase::Insensitive))
{}

LinkServer::~LinkServer()
{
    stop();
    // Closing the descriptors releases the locks; the files stay (removing them would race
    // with a server starting now).
    if (m_journalLock >= 0)
        ::close(m_journalLock);
    if (m_databaseLock >= 0)
        ::close(m_databaseLock);
}

bool LinkServer::start(std::string *error)
{
    m_startFailure = ServerExit::Failed;
    // One server per database: two would each store the other's clicks, or lose them.
    long holder = 0;
    std::string why;
    m_databaseLock = lockExclusively(m_config.databasePath + ".server.lock", &holder, &why);
    if (m_databaseLock < 0) {
        if (why.empty())
            m_startFailure = ServerExit::AlreadyRunning;
        *error = !why.empty() ? why
                              : anotherServer(holder) + " uses the database " + m_config.databasePath
                + "; stop it first, "
                  "or give this one another --db";
        return false;
    }
    const std::string journalDir = m_config.effectiveJournalDir();
    // Refused here, before anything listens: a server that cannot record a click should not
    // start redirecting.
    if (!checkJournalDirectory(journalDir, error))
        return false;
    // And one per journal (another database's server given the same --journal-dir).
    m_journalLock = lockExclusively(journalDir + "/server.lock", &holder, &why);
    if (m_journalLock < 0) {
        if (why.empty())
            m_startFailure = ServerExit::AlreadyRunning;
        *error = !why.empty() ? why
                              : anotherServer(holder) + " uses the click journal " + journalDir
                + "; give this one another "
                  "--journal-dir";
        return false;
    }
    if (HttpServer::portTaken(m_config, error)) {
        m_startFailure = ServerExit::PortInUse;
        return false;
    }
    {
        // Opening here runs any pending migration once, before the other threads connect.
        Database db;
        if (auto r = db.open(QString::fromStdString(m_config.databasePath)); !r) {
            *error = r.error().message.toStdString() + " (" + r.error().detail.toStdString() + ")";
            return false;
        }
        if (m_config.defaultDomain.empty()) {
            if (auto local = AccountRepository(db).find(AccountRepository::LocalAccountId))
                m_config.defaultDomain = local->defaultDomain.toStdString();
        }
        QSqlDatabase conn = db.connection();
        if (!m_config.initialApiKey.empty()) {
            QString message;
            if (!ApiKeys::add(conn, QString::fromStdString(m_config.initialApiKey), QStringLiteral("INITIAL_API_KEY"),
                              &message)) {
                *error = "cannot store INITIAL_API_KEY: " + message.toStdString();
                return false;
            }
        }
        const auto started = std::chrono::steady_clock::now();
        if (!m_index->load(conn, error))
            return false;
        m_indexLoadMillis =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        m_linksLoaded = m_index->current()->tableSize();
    }

    ClickIngestor::Options options;
    options.databasePath = m_config.databasePath;
    options.journalDir = journalDir;
    options.geoipPath = m_config.geoipPath;
    options.userAgentRegexesPath = m_config.userAgentRegexesPath;
    m_ingestor = std::make_unique<ClickIngestor>(options);
    if (!m_ingestor->start(error))   // replays what an earlier run left in the journal
        return false;

    if (m_config.redisPubSubEnabled) {
        // Before the I/O threads start their journal segments: it publishes every click from there on.
        m_events = std::make_unique<EventPublisher>(m_config, *m_index);
        if (!m_events->start(error))
            return false;
    }

    m_api = std::make_unique<ApiWorker>(m_config.databasePath, [this](Database &db) {
        auto api = std::make_unique<ShlinkApi>(db, *m_index, m_config, [this] { return clickCounts(); });
        api->setReadBarrier([this] { waitForClicks(); });
        if (m_events)
            api->setShortUrlCreated([this](const QJsonObject &shortUrl) { m_events->shortUrlCreated(shortUrl); });
        return api;
    });
    if (!m_api->start(error))
        return false;

    m_http = std::make_unique<HttpServer>(m_config, *m_index, m_api.get());
    if (!m_http->start(error)) {
        if (m_http->portInUse())
            m_startFailure = ServerExit::PortInUse;
        return false;
    }

    m_poller = std::thread([this] { pollIndex(); });
    m_checker = std::thread([this] { checkDatabase(); });
    m_startFailure = ServerExit::Stopped;
    return true;
}

void LinkServer::pollIndex()
{
    // Links the app writes to the same file show within a second: poll the change log and
    // apply just the links it names (a whole reload only after a gap or a bulk change).
    Database db;
    if (!db.open(QString::fromStdString(m_config.databasePath)))
        return;
    QSqlDatabase conn = db.connection();
    while (!m_stopping.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        std::string error;
        if (m_index->poll(conn, &error) == RedirectIndex::PollResult::Failed)
            std::fprintf(stderr, "linkdeck-server: WARNING: could not read link changes: %s\n", error.c_str());
    }
}

void LinkServer::checkDatabase()
{
    // Damage the start did not meet (an index, a page no query at start read) is looked for
    // while the server runs: with a million links the check takes seconds, and redirects go on
    // from the index in memory meanwhile. Found, it is said in the log and /rest/health fails.
    Database db;
    if (!db.open(QString::fromStdString(m_config.databasePath)))
        return;   // opened at start a moment ago; a failure now has nothing to check
    {
        const std::lock_guard lock(m_checkMutex);
        if (m_stopping.load())
            return;
        m_checkHandle = sqliteHandle(db.connection());
    }
    const auto checked = db.quickCheck(Database::linkTables());
    {
        const std::lock_guard lock(m_checkMutex);
        m_checkHandle = nullptr;
        if (m_stopping.load())
            return;   // interrupted by the stop: no finding
        if (!checked) {
            m_damage = checked.error().message.toStdString();
            std::fprintf(stderr, "linkdeck-server: ERROR: %s (%s)\n", m_damage.c_str(),
                         checked.error().detail.left(2000).toStdString().c_str());
        }
    }
}

std::string LinkServer::databaseDamage() const
{
    const std::lock_guard lock(m_checkMutex);
    return m_damage;
}

void LinkServer::stop()
{
    {
        const std::lock_guard lock(m_checkMutex);
        m_stopping = true;
        if (m_checkHandle)
            sqlite3_interrupt(m_checkHandle);
    }
    if (m_checker.joinable())
        m_checker.join();
    if (m_api)
        m_api->stop();   // answers what it has queued while the I/O threads still run
    if (m_http)
        m_http->stop();   // no more redirects, so no more clicks
    if (m_poller.joinable())
        m_poller.join();
    if (m_events)
        m_events->stop();   // publishes the last clicks (after the I/O threads and the API)
    if (m_ingestor)
        m_ingestor->stop();   // drains every journal into the database
    if (m_http)
        m_finalStats = m_http->stats();
    if (m_ingestor)
        m_finalClicks = m_ingestor->ingested();
    m_http.reset();
    m_api.reset();
    m_ingestor.reset();
    m_events.reset();
}

std::uint16_t LinkServer::port() const
{
    return m_http ? m_http->port() : 0;
}

HttpServer::Stats LinkServer::stats() const
{
    return m_http ? m_http->stats() : m_finalStats;
}

std::uint64_t LinkServer::clicksStored() const
{
    return m_ingestor ? m_ingestor->ingested() : m_finalClicks;
}

RedirectIndex::Stats LinkServer::indexStats() const
{
    return m_index->stats();
}

void LinkServer::waitForClicks() const
{
    // The clicks of the redirects answered so far are in the journal: a drain pass that starts
    // after now stores them. lagMillis() is the time since the start of the last pass that
    // stored everything, so once it is shorter than the time waited, such a pass has ended.
    // Bounded: under a backlog the read answers with what is stored.
    using namespace std::chrono;
    constexpr auto longest = milliseconds(3000);
    const auto from = steady_clock::now();
    m_ingestor->wakeUp();
    for (auto waited = milliseconds(0); waited < longest;
         waited = duration_cast<milliseconds>(steady_clock::now() - from)) {
        if (m_ingestor->lagMillis() < waited.count())
            return;
        std::this_thread::sleep_for(milliseconds(2));
    }
}

ShlinkApi::ClickCounts LinkServer::clickCounts() const
{
    // The API thread runs only while m_http and m_ingestor exist (stop() ends it first).
    const HttpServer::Stats s = stats();
    ShlinkApi::ClickCounts c;
    c.redirects = s.redirectsAnswered;
    c.unanswered = s.redirectsUnanswered;
    c.stored = clicksStored();
    c.lagMillis = m_ingestor->lagMillis();
    c.databaseDamage = QString::fromStdString(databaseDamage());
    return c;
}

}   // namespace Linkdeck::Server
