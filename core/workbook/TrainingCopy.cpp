// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingCopy.h"

#include "Workbook.h"
#include "WorkbookSchema.h"
#include "inspection/InspectionSeal.h"
#include "io/OutputFile.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/FastQuery.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <unordered_map>

#include <sqlite3.h>

namespace servicelens {

namespace {

// Seven or more digits, perhaps split by spaces or dashes: a phone number in free text.
const QRegularExpression &phoneLike()
{
    static const QRegularExpression re(QStringLiteral("\\+?\\d[\\d \\-]{5,}\\d"));
    return re;
}

QString digest(const QString &uid, int length)
{
    // Base-32 without look-alike letters, from SHA-256 of the uid: not reversible.
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const QByteArray h = QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[static_cast<unsigned char>(h[i]) % 32]);
    return out;
}

Error sqliteFailure(sqlite3 *db, const QString &what)
{
    // The copy is the problem, never the source: a full disk is a failed write (exit 1), like
    // every other output, not a database problem.
    Error e = sqliteError(sqlite3_extended_errcode(db), what, QString::fromUtf8(sqlite3_errmsg(db)),
                          sqlite3_system_errno(db));
    if (e.isDatabaseProblem())
        e.kind = ErrorKind::Io;
    return e;
}

struct Customer {
    QString name;
    QString phone;
    QString pseudonym;
    QString pseudoPhone;
};

// Free text with the customer's own name and every phone-like run taken out.
QString scrub(QString text, const Customer *customer)
{
    if (customer && customer->name.size() >= 2)
        text.replace(customer->name, customer->pseudonym);
    if (customer && !customer->phone.isEmpty())
        text.replace(customer->phone, customer->pseudoPhone);
    text.replace(phoneLike(), TrainingCopy::tr("[number removed]"));
    return text;
}

// The strings of a JSON value scrubbed, its numbers (times, counts) and structure kept: a
// record stays JSON that a reader (and `check`) can parse.
QJsonValue scrubJson(const QJsonValue &v, const Customer *customer)
{
    if (v.isString())
        return scrub(v.toString(), customer);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(scrubJson(e, customer));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), scrubJson(it.value(), customer));
        return out;
    }
    return v;
}

// Rewrites one free-text column: `select` gives (rowid, text, customer id or NULL).
Status scrubColumn(sqlite3 *db, const char *select, const char *update,
                   const std::unordered_map<qint64, Customer> &customers)
{
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    if (sqlite3_prepare_v2(db, select, -1, &read, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, update, -1, &write, nullptr) != SQLITE_OK) {
        sqlite3_finalize(read);
        sqlite3_finalize(write);
        return sqliteFailure(db, TrainingCopy::tr("The copy could not be prepared."));
    }
    std::vector<std::pair<qint64, QByteArray>> changes;
    while (sqlite3_step(read) == SQLITE_ROW) {
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 1)),
                              sqlite3_column_bytes(read, 1));
        const Customer *customer = nullptr;
        if (sqlite3_column_type(read, 2) != SQLITE_NULL) {
            const auto it = customers.find(sqlite3_column_int64(read, 2));
            customer = it == customers.end() ? nullptr : &it->second;
        }
        const QString clean = scrub(text, customer);
        if (clean != text)
            changes.emplace_back(sqlite3_column_int64(read, 0), clean.toUtf8());
    }
    sqlite3_finalize(read);
    for (const auto &[id, text] : changes) {
        sqlite3_bind_text(write, 1, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(write, 2, id);
        if (sqlite3_step(write) != SQLITE_DONE) {
            sqlite3_finalize(write);
            return sqliteFailure(db, TrainingCopy::tr("The copy could not be prepared."));
        }
        sqlite3_reset(write);
    }
    sqlite3_finalize(write);
    return {};
}

} // namespace

QString TrainingCopy::pseudonymName(const QString &uid)
{
    return tr("Customer-%1").arg(digest(uid, 6));
}

QString TrainingCopy::pseudonymPhone(const QString &uid)
{
    // Starts with 0000: no real number does, so a pseudonym is never someone's phone.
    return QStringLiteral("0000-") + digest(QStringLiteral("phone:") + uid, 8);
}

Status TrainingCopy::write(const QString &source, const QString &target, const Progress &progress,
                           QStringList *warnings)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return makeError(ErrorKind::InvalidInput,
                         tr("The copy cannot replace the workbook itself."));
    if (auto s = io::OutputFile::checkTarget(target); !s)
        return s;
    constexpr qint64 steps = 5;
    auto step = [&](qint64 done) {
        return !progress || progress(done, steps);
    };
    auto cancelled = [] {
        return makeError(ErrorKind::Cancelled, tr("The copy was cancelled; nothing was written."));
    };

    // The source is looked at first, so a problem with it is named as its own.
    if (auto s = Database::checkCanOpen(source, WorkbookSchema::latestVersion()); !s)
        return s;

    // 1. A consistent copy to work on, in a private folder (0700) of the machine's temporary
    // folder: until it is scrubbed it holds every name and phone, so it never goes near the
    // target, which may be a USB stick or a share. A kill leaves it only there.
    auto privateFolder = io::OutputFile::privateFolder();
    if (!privateFolder)
        return privateFolder.error();
    const QString work = (*privateFolder)->filePath(QStringLiteral("work.servicelens"));
    const QString partial = (*privateFolder)->filePath(QStringLiteral("copy.servicelens"));
    auto cleanUp = [&] {
        Workbook::removeFiles(work);
        QFile::remove(partial);
    };
    auto fail = [&](Status s) {
        cleanUp();
        return s;
    };
    if (auto s = Database::backupFile(source, work); !s) {
        cleanUp();
        return s;
    }
    if (!step(1))
        return fail(cancelled());

    Status result;
    {
        // An older copy is brought to this version; the source, untouched, is its backup (a
        // backup of the work file would keep the very data the copy removes).
        Database::Options options;
        options.actor = tr("training copy");
        options.backupBeforeMigration = false;
        options.migrations = &WorkbookSchema::migrations();
        auto db = Database::open(work, options);
        if (!db) {
            cleanUp();
            return db.error();
        }
        sqlite3 *h = (*db)->handle();
        WriteTransaction tx(**db);
        if (!tx.status())
            return fail(tx.status());

        // 2. Customers: pseudonyms for names and phones, addresses cleared.
        std::unordered_map<qint64, Customer> customers;
        std::unordered_map<QString, qint64> byUid;
        {
            FastQuery q(**db, "SELECT id, uid, name, phone FROM customer");
            while (q.next()) {
                Customer c;
                const QString uid = q.text(1);
                c.name = q.text(2);
                c.phone = q.text(3);
                c.pseudonym = pseudonymName(uid);
                c.pseudoPhone = c.phone.isEmpty() ? QString() : pseudonymPhone(uid);
                byUid.emplace(uid, q.int64(0));
                customers.emplace(q.int64(0), std::move(c));
            }
            if (!q.status())
                return fail(q.status());
        }
        {
            // The address has no stand-in: it is cleared.
            FastQuery u(**db,
                        "UPDATE customer SET name = ?1, phone = ?2, address = '' WHERE id = ?3");
            for (const auto &[id, c] : customers) {
                u.bind(1, c.pseudonym).bind(2, c.pseudoPhone).bind(3, id);
                if (auto s = u.exec(); !s)
                    return fail(s);
            }
        }
        if (!step(2))
            return fail(cancelled());

        // 3. Free text that may name a customer or give a number.
        const struct {
            const char *select;
            const char *update;
        } columns[] = {
            {"SELECT id, description, customer_id FROM service_order WHERE description <> ''",
             "UPDATE service_order SET description = ?1 WHERE id = ?2"},
            // Labels are free text too: a name or a phone typed into them is scrubbed as well.
            {"SELECT id, product, customer_id FROM service_order WHERE product <> ''",
             "UPDATE service_order SET product = ?1 WHERE id = ?2"},
            {"SELECT id, category, customer_id FROM service_order WHERE category <> ''",
             "UPDATE service_order SET category = ?1 WHERE id = ?2"},
            {"SELECT id, name, NULL FROM staff WHERE name <> ''",
             "UPDATE staff SET name = ?1 WHERE id = ?2"},
            {"SELECT id, note, NULL FROM inspection WHERE note <> ''",
             "UPDATE inspection SET note = ?1 WHERE id = ?2"},
            {"SELECT e.id, e.note, o.customer_id FROM stage_event e JOIN service_order o ON o.id = "
             "e.order_id WHERE e.note <> ''",
             "UPDATE stage_event SET note = ?1 WHERE id = ?2"},
            {"SELECT a.id, a.text, o.customer_id FROM survey_answer a JOIN survey_response r ON "
             "r.id = a.response_id LEFT JOIN service_order o ON o.id = r.order_id WHERE a.text <> "
             "''",
             "UPDATE survey_answer SET text = ?1 WHERE id = ?2"},
            {"SELECT id, description, NULL FROM corrective_action WHERE description <> ''",
             "UPDATE corrective_action SET description = ?1 WHERE id = ?2"},
            {"SELECT id, verify_note, NULL FROM corrective_action WHERE verify_note <> ''",
             "UPDATE corrective_action SET verify_note = ?1 WHERE id = ?2"},
            {"SELECT id, note, NULL FROM inspection_answer WHERE note <> ''",
             "UPDATE inspection_answer SET note = ?1 WHERE id = ?2"},
            {"SELECT id, text, NULL FROM inspection_answer WHERE text <> ''",
             "UPDATE inspection_answer SET text = ?1 WHERE id = ?2"},
            // An incident's words, and what its customers said on the phone.
            {"SELECT id, title, NULL FROM incident WHERE title <> ''",
             "UPDATE incident SET title = ?1 WHERE id = ?2"},
            {"SELECT id, description, NULL FROM incident WHERE description <> ''",
             "UPDATE incident SET description = ?1 WHERE id = ?2"},
            {"SELECT id, lessons, NULL FROM incident WHERE lessons <> ''",
             "UPDATE incident SET lessons = ?1 WHERE id = ?2"},
            {"SELECT id, note, customer_id FROM incident_contact WHERE note <> ''",
             "UPDATE incident_contact SET note = ?1 WHERE id = ?2"},
            {"SELECT id, text, NULL FROM incident_event WHERE text <> ''",
             "UPDATE incident_event SET text = ?1 WHERE id = ?2"},
        };
        // The timeline refuses changes: in the copy, and only while it is scrubbed, it does
        // not (the trigger is put back exactly as it was).
        QByteArray guard;
        {
            FastQuery q(**db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = "
                              "'incident_event_no_update'");
            if (q.next())
                guard = q.text(0).toUtf8();
            if (!q.status())
                return fail(q.status());
        }
        if (!guard.isEmpty())
            if (auto s = (*db)->execScript("DROP TRIGGER incident_event_no_update"); !s)
                return fail(s);
        for (const auto &c : columns)
            if (auto s = scrubColumn(h, c.select, c.update, customers); !s)
                return fail(s);
        if (!guard.isEmpty())
            if (auto s = (*db)->execScript(guard); !s)
                return fail(s);
        if (!step(3))
            return fail(cancelled());
        // Identifiers cannot change without breaking what refers to them: those that look
        // like a phone number (a mobile number, or a customer's phone) are named instead.
        if (warnings) {
            QSet<QString> phones;
            for (const auto &[id, c] : customers)
                if (!c.phone.isEmpty())
                    phones.insert(c.phone);
            static const QRegularExpression mobile(QStringLiteral("^\\+?(86)?1[3-9]\\d{9}$"));
            const struct {
                const char *sql;
                const char *message;
            } identifiers[] = {
                {"SELECT order_no FROM service_order",
                 QT_TR_NOOP("Order ids that look like phone numbers were kept, as they identify "
                            "records: %1 of them (for example %2). Check the copy before sharing "
                            "it.")},
                {"SELECT code FROM staff",
                 QT_TR_NOOP("Staff codes that look like phone numbers were kept, as they "
                            "identify people: %1 of them (for example %2). Check the copy "
                            "before sharing it.")},
            };
            for (const auto &i : identifiers) {
                QStringList found;
                qint64 count = 0;
                FastQuery q(**db, i.sql);
                while (q.next()) {
                    const QString v = q.text(0);
                    if (phones.contains(v) || mobile.match(v).hasMatch()) {
                        if (++count <= 3)
                            found << v;
                    }
                }
                if (!q.status())
                    return fail(q.status());
                if (count > 0)
                    *warnings << tr(i.message).arg(count).arg(found.join(QStringLiteral(", ")));
            }
        }

        // 4. The audit trail: customer records rewritten with the pseudonyms, phone-like runs
        // out of every record, then the chain recomputed and the copy itself recorded.
        {
            std::vector<std::tuple<qint64, QVariant, QVariant>> changes;
            FastQuery q(**db,
                        "SELECT id, entity, entity_uid, before_json, after_json FROM audit_log");
            while (q.next()) {
                const QString entity = q.text(1);
                const Customer *customer = nullptr;
                if (entity == QLatin1String("customer"))
                    if (const auto it = byUid.find(q.text(2)); it != byUid.end())
                        customer = &customers.at(it->second);
                auto clean = [&](int column) -> QVariant {
                    if (q.isNull(column))
                        return QVariant(QMetaType::fromType<QString>());
                    QJsonObject o = QJsonDocument::fromJson(q.text(column).toUtf8()).object();
                    if (entity == QLatin1String("customer"))
                        o.remove(QStringLiteral("address"));
                    if (customer) {
                        if (o.contains(QStringLiteral("name")))
                            o.insert(QStringLiteral("name"), customer->pseudonym);
                        if (o.contains(QStringLiteral("phone")))
                            o.insert(QStringLiteral("phone"), customer->pseudoPhone);
                    }
                    return QString::fromUtf8(QJsonDocument(scrubJson(o, customer).toObject())
                                                 .toJson(QJsonDocument::Compact));
                };
                changes.emplace_back(q.int64(0), clean(3), clean(4));
            }
            if (!q.status())
                return fail(q.status());
            FastQuery u(**db,
                        "UPDATE audit_log SET before_json = ?1, after_json = ?2 WHERE id = ?3");
            for (const auto &[id, before, after] : changes) {
                if (before.isNull())
                    u.bindNull(1);
                else
                    u.bind(1, before.toString());
                if (after.isNull())
                    u.bindNull(2);
                else
                    u.bind(2, after.toString());
                u.bind(3, id);
                if (auto s = u.exec(); !s)
                    return fail(s);
            }
        }
        // The scrubbed answers no longer match the inspections' seals: the copy is sealed
        // anew, as it stands (the copy is a new document, not evidence).
        if (auto s = inspection::InspectionSeal::sealAll(h); !s)
            return fail(s);
        if (auto s = AuditChain::chainAll(h); !s)
            return fail(s);
        if (auto s = AuditLog(**db).record(
                AuditLog::Action::Bulk, QStringLiteral("workbook"), QString(), {},
                {{QStringLiteral("training_copy_of"), QFileInfo(source).fileName()},
                 {QStringLiteral("customers_pseudonymised"),
                  static_cast<double>(customers.size())}});
            !s)
            return fail(s);
        if (auto s = tx.commit(); !s)
            return fail(s);
        if (!step(4))
            return fail(cancelled());

        // 5. A compact copy: VACUUM INTO writes only live pages, none holding the old text.
        sqlite3_stmt *vacuum = nullptr;
        if (sqlite3_prepare_v2(h, "VACUUM INTO ?1", -1, &vacuum, nullptr) != SQLITE_OK) {
            cleanUp();
            return sqliteFailure(h, tr("“%1” cannot be written.").arg(shown));
        }
        const QByteArray name = QFile::encodeName(partial);
        sqlite3_bind_text(vacuum, 1, name.constData(), static_cast<int>(name.size()),
                          SQLITE_STATIC);
        const int rc = sqlite3_step(vacuum);
        sqlite3_finalize(vacuum);
        if (rc != SQLITE_DONE)
            result = sqliteFailure(h, tr("“%1” cannot be written.").arg(shown));
    }
    Workbook::removeFiles(work);
    if (!result) {
        QFile::remove(partial);
        return result;
    }
    // 6. Only the scrubbed result reaches the target, whole or not at all.
    result = io::OutputFile::copyInto(partial, target);
    QFile::remove(partial);
    if (!result)
        return result;
    step(5);
    return {};
}

} // namespace servicelens
