#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Coach {

//! A failure that a user can read. Core code fills `message` with translated
//! text (QCoreApplication::translate); `where` names the file, endpoint or
//! position the problem is about, so a one-line report can say both.
struct Error
{
    QString message;
    QString where;

    //! "where: message", or just the message when there is no location.
    QString toString() const;
};

//! Errors are values (style.md §10): a function that can fail returns either
//! its value or an error, never throws and never reports through globals.
template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const & { return std::get<0>(m_data); }

    //! The error; a default-constructed one when the result is a value,
    //! so that diagnostics built eagerly (e.g. QVERIFY2 messages) are safe.
    const E &error() const
    {
        static const E none{};
        return isOk() ? none : std::get<1>(m_data);
    }

    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_data;
};

//! Result of an operation that has no value beyond success.
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)), m_ok(false) { }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E &error() const { return m_error; }

private:
    E m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(QString message, QString where = {})
{
    return Error{std::move(message), std::move(where)};
}

} // namespace Coach
