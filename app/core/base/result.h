#pragma once

#include <QString>

#include <utility>
#include <variant>

#include "core/base/error.h"

namespace Linkdeck {

// The outcome of an operation that can fail with an Error the user can read.
// A small stand-in for C++23 std::expected, which GCC 12 only ships under -std=c++2b.
//
//   Result<Link> r = repo.insert(link);
//   if (!r) showError(r.error().message);
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}   // namespace Linkdeck
