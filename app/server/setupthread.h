#pragma once

#include "server/servererror.h"

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace Linkdeck::Server {

// The shape of the server's background writers (the click writer, the real-time events): a
// thread that sets itself up (its own database connection, a replay) before start() returns,
// then runs until asked to stop.
//
// Starts `thread` with body(ready): body calls ready("") once set up and goes on running, or
// ready(why) and returns when it cannot start; then the thread is joined and an Error (Storage:
// what a writer sets up is its database) returned with why as its message.
inline Result<void> startSetUpThread(std::thread &thread,
                                     std::function<void(const std::function<void(std::string)> &ready)> body)
{
    std::promise<std::string> opened;
    auto result = opened.get_future();
    thread = std::thread(
        [&opened, body = std::move(body)] { body([&opened](std::string why) { opened.set_value(std::move(why)); }); });
    const std::string message = result.get();
    if (message.empty())
        return {};
    thread.join();
    return serverError(Error::Kind::Storage, message);
}

// Sets `stopping` under `mutex`, wakes the thread waiting on `wake` and joins it.
inline void stopThread(std::thread &thread, std::mutex &mutex, bool &stopping, std::condition_variable &wake)
{
    {
        std::lock_guard lock(mutex);
        stopping = true;
    }
    wake.notify_all();
    if (thread.joinable())
        thread.join();
}

}   // namespace Linkdeck::Server
