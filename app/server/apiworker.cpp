#include "server/apiworker.h"

#include "core/storage/database.h"
#include "server/servererror.h"

#include <future>
#include <optional>

namespace Linkdeck::Server {

ApiWorker::ApiWorker(std::string databasePath, Factory factory)
    : m_databasePath(std::move(databasePath))
    , m_factory(std::move(factory))
{}

ApiWorker::ApiWorker(HandlerFactory factory)
    : m_handlerFactory(std::move(factory))
{}

ApiWorker::~ApiWorker()
{
    stop();
}

Result<void> ApiWorker::start()
{
    if (m_handlerFactory) {
        std::promise<std::optional<Error>> made;
        auto result = made.get_future();
        m_thread = std::thread([this, &made] {
            auto handler = m_handlerFactory();
            if (!handler) {
                made.set_value(handler.error());
                return;
            }
            made.set_value(std::nullopt);
            run(**handler);
        });
        if (auto error = result.get()) {
            m_thread.join();
            return *error;
        }
        return {};
    }
    std::promise<std::string> opened;
    auto result = opened.get_future();
    m_thread = std::thread([this, &opened] {
        Database db;
        if (auto r = db.open(QString::fromStdString(m_databasePath)); !r) {
            opened.set_value("cannot open the database: " + r.error().detail.toStdString());
            return;
        }
        opened.set_value({});
        std::unique_ptr<ApiHandler> handler = m_factory(db);
        run(*handler);
    });
    const std::string message = result.get();
    if (!message.empty()) {
        m_thread.join();
        return serverError(Error::Kind::Storage, message);
    }
    return {};
}

void ApiWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ApiWorker::dispatch(ApiRequest request, std::function<void(ApiResponse)> done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_jobs.push_back(Job{std::move(request), std::move(done)});
            m_wake.notify_one();
            return;
        }
    }
    ApiResponse unavailable;
    unavailable.status = 503;
    unavailable.body =
        R"({"type":"about:blank","title":"Service unavailable","status":503,"detail":"The server is stopping."})";
    unavailable.contentType = "application/problem+json";
    done(std::move(unavailable));
}

void ApiWorker::run(ApiHandler &handler)
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job.done(handler.handle(job.request));
    }
}

}   // namespace Linkdeck::Server
