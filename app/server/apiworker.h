#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/base/result.h"
#include "server/httpserver.h"

namespace Linkdeck {
class Database;
}

namespace Linkdeck::Server {

// Handles API requests on the thread that owns its database connection.
class ApiHandler
{
public:
    virtual ~ApiHandler() = default;
    virtual ApiResponse handle(const ApiRequest &request) = 0;
};

// Runs API requests one after another on a thread of its own, with its own database
// connection, so the I/O threads never wait on SQLite.
class ApiWorker final : public ApiDispatcher
{
public:
    using Factory = std::function<std::unique_ptr<ApiHandler>(Database &)>;

    ApiWorker(std::string databasePath, Factory factory);
    ~ApiWorker() override;

    // Opens the worker's database connection on its thread; an Error (Storage) when it cannot.
    Result<void> start();
    void stop();
    void dispatch(ApiRequest request, std::function<void(ApiResponse)> done) override;

private:
    struct Job
    {
        ApiRequest request;
        std::function<void(ApiResponse)> done;
    };
    void run(Database &db);

    std::string m_databasePath;
    Factory m_factory;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

}   // namespace Linkdeck::Server
