// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace servicelens {

// Core reports failures as values; the UI and the command line decide how to tell the user.
// The kind tells callers what to do (the CLI maps it to an exit status); the message is
// already translated and says what happened and where; detail carries the technical part
// (SQL, SQLite's own words) for logs and "Details…" buttons, never for the main message.
enum class ErrorKind {
    InvalidInput, // the user's data or arguments are wrong
    NotFound,     // a record or file that was asked for does not exist
    Conflict,     // a unique value already exists
    Stale,        // the record was changed elsewhere (another window, another program) since
                  // it was read: saving would overwrite that change
    Locked,       // another process holds the workbook
    Damaged,      // the file fails SQLite's integrity check or cannot be read as a database
    NewerVersion, // the file was written by a newer ServiceLens
    NotAWorkbook, // a file that is not a ServiceLens workbook
    ReadOnly,     // the file or its folder cannot be written
    Database,     // any other SQLite failure
    Io,           // file system problems outside SQLite
    Cancelled,    // the user stopped a long operation
};

struct Error {
    ErrorKind kind = ErrorKind::Database;
    QString message;
    QString detail;

    // True for the kinds that mean "the workbook file itself is the problem".
    bool isDatabaseProblem() const
    {
        return kind == ErrorKind::Locked || kind == ErrorKind::Damaged ||
               kind == ErrorKind::NewerVersion || kind == ErrorKind::NotAWorkbook ||
               kind == ErrorKind::ReadOnly || kind == ErrorKind::Database;
    }
};

// A value or an error; the minimal subset of std::expected that C++17 lacks.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// The result of an operation that returns nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message, QString detail = {})
{
    return Error{kind, std::move(message), std::move(detail)};
}

} // namespace servicelens
