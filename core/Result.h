#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace wh {

// A value or an Error (C++23 std::expected is not available with C++20 on Debian 12's GCC 12).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }

    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// The result of an operation with no value: success, or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace wh

// Returns the error of `expr` from the enclosing function when it failed.
#define WH_TRY(expr)                                                                                         \
    do {                                                                                                     \
        if (auto wh_try_result_ = (expr); !wh_try_result_.ok())                                              \
            return wh_try_result_.error();                                                                   \
    } while (false)
