#include "server/linkserver.h"

#include "core/base/sqlite.h"
#include "core/storage/accountrepository.h"
#include "core/storage/database.h"
#include "server/apiworker.h"
#include "server/clickingestor.h"
#include "server/eventpublisher.h"
#include "server/journal.h"
#include "server/redirectindex.h"
#include "server/serverdatabase.h"
#include "server/servererror.h"
#include "server/shlinkapi.h"
#include "server/store/sqlitekeystore.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Linkdeck::Server {
namespace {

// An exclusive flock, or whose it is.
struct FileLock
{
    int fd = -1;       // the locked descriptor; -1: another process holds the lock
    long holder = 0;   // then: that process's PID (0 if it could not be read)
};

// Takes an exclusive flock on `path` (created if need be) and writes this process's PID into
// it. An Error (Storage) when the file cannot be made or locked for another reason than
// another process holding the lock.
Result<FileLock> lockExclusively(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return serverError(Error::Kind::Storage, "cannot create the lock file " + path + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int failure = errno;
        FileLock taken;
        if (failure == EWOULDBLOCK) {
            char buffer[32] = {};
            if (::pread(fd, buffer, sizeof buffer - 1, 0) > 0)
                taken.holder = std::strtol(buffer, nullptr, 10);
        }
        ::close(fd);
        if (failure != EWOULDBLOCK)
            return serverError(Error::Kind::Storage, "cannot lock " + path + ": " + std::strerror(failure));
        return taken;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    // Should either fail, the lock holds all the same: only a second server's message lacks the PID.
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, pid.data(), pid.size(), 0);
    return FileLock{fd, 0};
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

Result<void> LinkServer::start()
{
    m_startFailure = ServerExit::Failed;
    // One server per SQLite file: two would each store the other's clicks, or lose them. A
    // shared database (PostgreSQL) takes several, each with its own journal.
    if (!m_shared) {
        const auto databaseLock = lockExclusively(m_config.databasePath + ".server.lock");
        if (!databaseLock)
            return databaseLock.error();
        m_databaseLock = databaseLock->fd;
        if (m_databaseLock < 0) {
            m_startFailure = ServerExit::AlreadyRunning;
            return serverError(Error::Kind::Storage,
                               anotherServer(databaseLock->holder) + " uses the database " + m_config.databasePath
                                   + "; stop it first, or give this one another --db");
        }
    }
    const std::string journalDir = m_config.effectiveJournalDir();
    // Refused here, before anything listens: a server that cannot record a click should not
    // start redirecting.
    if (auto writable = checkJournalDirectory(journalDir); !writable)
        return writable;
    // And one per journal (another database's server given the same --journal-dir).
    const auto journalLock = lockExclusively(journalDir + "/server.lock");
    if (!journalLock)
        return journalLock.error();
    m_journalLock = journalLock->fd;
    if (m_journalLock < 0) {
        m_startFailure = ServerExit::AlreadyRunning;
        return serverError(Error::Kind::Storage,
                           anotherServer(journalLock->holder) + " uses the click journal " + journalDir
                               + "; give this one another --journal-dir");
    }
    if (auto portFree = HttpServer::checkPortFree(m_config); !portFree) {
        m_startFailure = ServerExit::PortInUse;
        return portFree;
    }
    if (m_shared)
        return startShared(journalDir);
    {
        // Opening here runs any pending migration once, before the other threads connect.
        Database db;
        if (auto r = db.open(QString::fromStdString(m_config.databasePath)); !r) {
            return serverError(Error::Kind::Storage,
                               r.error().message.toStdString() + " (" + r.error().detail.toStdString() + ")");
        }
        if (m_config.defaultDomain.empty()) {
            if (auto local = AccountRepository(db).find(AccountRepository::LocalAccountId))
                m_config.defaultDomain = local->defaultDomain.toStdString();
        }
        QSqlDatabase conn = db.connection();
        if (!m_config.initialApiKey.empty()) {
            if (auto added = SqliteKeyStore(db).add(QString::fromStdString(m_config.initialApiKey),
                                                    QStringLiteral("INITIAL_API_KEY"));
                !added) {
                return serverError(Error::Kind::Storage, "cannot store INITIAL_API_KEY: " + messageOf(added.error()));
            }
        }
        const auto started = std::chrono::steady_clock::now();
        if (auto loaded = m_index->load(conn); !loaded)
            return loaded;
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
    if (auto started = m_ingestor->start(); !started)   // replays what an earlier run left in the journal
        return started;

    if (m_config.redisPubSubEnabled) {
        // Before the I/O threads start their journal segments: it publishes every click from there on.
        m_events = std::make_unique<EventPublisher>(m_config, *m_index);
        if (auto started = m_events->start(); !started)
            return started;
    }

    m_api = std::make_unique<ApiWorker>(m_config.databasePath, [this](Database &db) {
        auto api = std::make_unique<ShlinkApi>(db, *m_index, m_config, [this] { return clickCounts(); });
        api->setReadBarrier([this] { waitForClicks(); });
        if (m_events)
            api->setShortUrlCreated([this](const QJsonObject &shortUrl) { m_events->shortUrlCreated(shortUrl); });
        return api;
    });
    if (auto started = m_api->start(); !started)
        return started;

    m_http = std::make_unique<HttpServer>(m_config, *m_index, m_api.get());
    if (auto started = m_http->start(); !started) {
        if (m_http->portInUse())
            m_startFailure = ServerExit::PortInUse;
        return started;
    }

    m_poller = std::thread([this] { pollIndex(); });
    m_checker = std::thread([this] { checkDatabase(); });
    m_startFailure = ServerExit::Stopped;
    return {};
}

void LinkServer::setSharedDatabase(std::unique_ptr<ServerDatabase> database)
{
    m_shared = std::move(database);
}

Result<void> LinkServer::startShared(const std::string &journalDir)
{
    if (m_config.redisPubSubEnabled) {
        return serverError(Error::Kind::Invalid,
                           "REDIS_PUB_SUB_ENABLED is not available with PostgreSQL yet; unset it, or run on SQLite");
    }
    const auto started = std::chrono::steady_clock::now();
    if (auto opened = m_shared->open(m_config, *m_index); !opened)
        return opened;
    m_indexLoadMillis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    m_linksLoaded = m_index->current()->tableSize();
    if (auto ingesting = m_shared->startIngestor(m_config, journalDir); !ingesting)
        return ingesting;
    m_api = std::make_unique<ApiWorker>(m_shared->apiHandlerFactory(
        *m_index, m_config, [this] { return clickCounts(); }, [this] { waitForClicks(); }));
    if (auto api = m_api->start(); !api)
        return api;
    m_http = std::make_unique<HttpServer>(m_config, *m_index, m_api.get());
    if (auto listening = m_http->start(); !listening) {
        if (m_http->portInUse())
            m_startFailure = ServerExit::PortInUse;
        return listening;
    }
    if (auto feeding = m_shared->startFeed(); !feeding)
        return feeding;
    m_startFailure = ServerExit::Stopped;
    return {};
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
        if (const auto polled = m_index->poll(conn); !polled) {
            std::fprintf(stderr, "linkdeck-server: WARNING: could not read link changes: %s\n",
                         messageOf(polled.error()).c_str());
        }
    }
}

void LinkServer::checkDatabase()
{
    // Damage the start did not meet (an index, a page no query at start read) is looked for
    // while the server runs: with a million links the check takes seconds, and redirects go on
    // from the index in memory meanwhile. Found, it is said in the log and /rest/health fails.
    // At the lowest CPU and I/O priority (Linux: per thread): the check yields to redirects and
    // to the click writer, which otherwise share the cores with it for the first seconds.
    setpriority(PRIO_PROCESS, id_t(gettid()), 19);
    constexpr int ioprioClassIdle = 3, ioprioClassShift = 13;   // linux/ioprio.h
    syscall(SYS_ioprio_set, 1 /* IOPRIO_WHO_PROCESS: a thread by its id */, gettid(),
            ioprioClassIdle << ioprioClassShift);
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
    // Each step's time, told when the whole stop took long (a slow database at the last drain).
    using StopClock = std::chrono::steady_clock;
    const StopClock::time_point began = StopClock::now();
    std::string steps;
    StopClock::time_point last = began;
    const auto took = [&](const char *what) {
        const StopClock::time_point now = StopClock::now();
        steps += (steps.empty() ? "" : ", ") + std::string(what) + " "
            + std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now - last).count()) + " ms";
        last = now;
    };
    if (m_checker.joinable())
        m_checker.join();
    took("integrity check");
    if (m_api)
        m_api->stop();   // answers what it has queued while the I/O threads still run
    took("API");
    if (m_http)
        m_http->stop();   // no more redirects, so no more clicks
    if (m_poller.joinable())
        m_poller.join();
    took("redirects");
    if (m_events)
        m_events->stop();   // publishes the last clicks (after the I/O threads and the API)
    took("events");
    if (m_ingestor)
        m_ingestor->stop();   // drains every journal into the database
    if (m_shared) {
        m_shared->stopFeed();
        took("link feed");
        m_shared->stopIngestor();   // drains this instance's journal into the database
        m_finalClicks = m_shared->clicksStored();
    }
    took("last clicks");
    if (last - began >= std::chrono::seconds(2))
        std::fprintf(
            stderr, "linkdeck-server: stopping took %lld ms: %s\n",
            static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(last - began).count()),
            steps.c_str());
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
    if (m_shared && m_http)
        return m_shared->clicksStored();
    return m_ingestor ? m_ingestor->ingested() : m_finalClicks;
}

RedirectIndex::Stats LinkServer::indexStats() const
{
    return m_index->stats();
}

void LinkServer::waitForClicks() const
{
    // The clicks of the redirects answered so far are in the journal: a drain pass that starts
    // after now stores them, and the ingestor is asked to count them in the statistics now.
    // statisticsLagMillis() is the time since the clicks were last all counted, so once it is
    // shorter than the time waited, everything answered before the wait is counted.
    // Bounded: under a backlog the read answers with what is stored.
    using namespace std::chrono;
    constexpr auto longest = milliseconds(3000);
    const auto from = steady_clock::now();
    if (m_shared) {   // the statistics are stored with the clicks
        for (auto waited = milliseconds(0); waited < longest;
             waited = duration_cast<milliseconds>(steady_clock::now() - from)) {
            if (m_shared->lagMillis() < waited.count())
                return;
            std::this_thread::sleep_for(milliseconds(2));
        }
        return;
    }
    m_ingestor->flushStatistics();
    for (auto waited = milliseconds(0); waited < longest;
         waited = duration_cast<milliseconds>(steady_clock::now() - from)) {
        if (m_ingestor->statisticsLagMillis() < waited.count())
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
    if (m_shared) {
        c.lagMillis = m_shared->lagMillis();
        c.statisticsLagMillis = c.lagMillis;
        c.databaseDamage = QString::fromStdString(m_shared->problem());
        return c;
    }
    c.lagMillis = m_ingestor->lagMillis();
    c.statisticsLagMillis = m_ingestor->statisticsLagMillis();
    c.databaseDamage = QString::fromStdString(databaseDamage());
    return c;
}

}   // namespace Linkdeck::Server
