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
// connection, so the I/O threads never wait on the database.
//
// On linkdeck-server's SQLite file, the worker opens the file and hands it to a Factory. On
// any other database (PostgreSQL), a HandlerFactory makes the handler and its connection on
// the worker's thread, for instance from Pg::pgStores():
//
//   ApiWorker worker([&]() -> Result<std::unique_ptr<ApiHandler>> {
//       auto stores = Pg::pgStores(conninfo);
//       if (!stores) return stores.error();
//       return std::unique_ptr<ApiHandler>(new ShlinkApi(std::move(stores).value(), index, config));
//   });
class ApiWorker final : public ApiDispatcher
{
public:
    using Factory = std::function<std::unique_ptr<ApiHandler>(Database &)>;
    using HandlerFactory = std::function<Result<std::unique_ptr<ApiHandler>>()>;

    ApiWorker(std::string databasePath, Factory factory);
    explicit ApiWorker(HandlerFactory factory);
    ~ApiWorker() override;

    // Opens the worker's database connection on its thread (SQLite's file, or whatever the
    // HandlerFactory opens); an Error (Storage, or the factory's) when it cannot.
    Result<void> start();
    void stop();
    void dispatch(ApiRequest request, std::function<void(ApiResponse)> done) override;

private:
    struct Job
    {
        ApiRequest request;
        std::function<void(ApiResponse)> done;
    };
    void run(ApiHandler &handler);

    std::string m_databasePath;
    Factory m_factory;
    HandlerFactory m_handlerFactory;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

}   // namespace Linkdeck::Server
