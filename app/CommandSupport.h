// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCommandLineOption>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;
class QDate;

namespace servicelens {
class Database;
class Workbook;
struct Branch;
} // namespace servicelens

// What every command of the command line shares: its streams, how errors become messages and
// exit statuses (FORMATS.md), option parsing with --help, and progress on a terminal.
namespace servicelens::app {

QTextStream &out();
QTextStream &err();
int exitStatusFor(const Error &e);
// Prints the error (and its detail) on stderr; returns the exit status for it.
int report(const Error &e);
// For read commands (kpi, report), which do not scan the whole file first (DESIGN.md): damage
// SQLite meets in the pages they read is reported as the file's, with what to do about it.
int reportReading(const Error &e, const QString &path);
// A workbook opened for a read command (kpi, report, survey themes): read-only, never upgraded
// in place, without a whole-file scan per run (DESIGN.md) — damage in the pages read is refused
// where it is met (reportReading).
Result<std::unique_ptr<Workbook>> openForReading(const QString &path);
// Prints a usage problem and where to find help; returns the "wrong usage" status.
int usage(const QString &message, const QString &command);
// Wrong usage: `command` needs a workbook file and `store` is a PostgreSQL store's URL.
int fileOnly(const QString &store, const QString &command);
bool stderrIsTerminal();
// Parses the options of one command; on --help prints them and sets `exit`.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                  const QString &description, int &exit);
QCommandLineOption dbOption();
QCommandLineOption monthOption();
QCommandLineOption branchOption();
// A printed document's language: en (the default) or zh_CN.
QCommandLineOption langOption();
// The month of --month as its first day; prints a usage problem and returns false when it is
// not YYYY-MM (`exit` then holds the status).
bool monthFrom(const QCommandLineParser &parser, const QCommandLineOption &month,
               const QString &command, QDate &first, int &exit);
// The branch a command is about: the one --branch names, else the workbook's first. A code that
// names no branch is a usage problem naming it; returns false with `exit` set then.
bool branchFrom(Workbook &workbook, const QCommandLineParser &parser,
                const QCommandLineOption &branch, const QString &command, Branch &chosen,
                int &exit);

// The action word after a command (`cases search`, `review report`), taken out of `rest`; empty
// when the command is asked for --help. A missing or unknown word is a usage problem saying
// `say`: returns false with `exit` set then.
bool takeAction(const QStringList &arguments, const QStringList &actions, const QString &say,
                const QString &command, QStringList &rest, QString &action, int &exit);
// A printed document written from a read command: the pages read are confirmed sound first
// (reportReading's rule), then `write` makes the file (whole or absent) and the target is named.
int writeDocument(Database &db, const std::function<Status()> &write, const QString &target);

// A printed document's language and target, checked before any work: a language other than en
// or zh_CN, or a target refused (a workbook, a folder), is a usage problem; returns false with
// `exit` set then.
bool documentTarget(const QString &language, const QString &target, const QString &command,
                    int &exit);

// "Importing: 42 %" on stderr, rewritten in place, only when stderr is a terminal (FORMATS.md).
class TerminalProgress {
public:
    explicit TerminalProgress(QString format)
        : m_format(std::move(format))
        , m_terminal(stderrIsTerminal())
    {}
    bool operator()(qint64 done, qint64 total)
    {
        const int percent = static_cast<int>(100 * done / std::max<qint64>(1, total));
        if (m_terminal && percent != m_last) {
            m_last = percent;
            err() << '\r' << m_format.arg(percent);
            err().flush();
        }
        return true;
    }
    void clear()
    {
        if (m_terminal && m_last >= 0) {
            err() << '\r' << QString(m_format.size() + 4, QLatin1Char(' ')) << '\r';
            err().flush();
        }
    }

private:
    QString m_format;
    bool m_terminal;
    int m_last = -1;
};

} // namespace servicelens::app
