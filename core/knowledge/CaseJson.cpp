// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseJson.h"

#include "CaseLibrary.h"

#include "io/JsonFields.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace servicelens::knowledge {

namespace {

// The image formats a photo may be: what a phone or a scanner gives.
bool isImage(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n");
}

QStringList strings(io::JsonFields &f, const QString &key)
{
    QStringList out;
    const QJsonArray list = f.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            f.fail(key, CaseJson::tr("item %1: expected text").arg(i + 1));
            return {};
        }
        out << list.at(i).toString();
    }
    return out;
}

} // namespace

Result<QByteArray> CaseJson::exportAll(Database &db, bool withRetired)
{
    auto cases = CaseLibrary(db).list(withRetired);
    if (!cases)
        return cases.error();
    QJsonArray list;
    for (const ServiceCase &c : *cases) {
        QJsonArray photos;
        for (const CasePhoto &p : c.photos)
            photos.append(
                QJsonObject{{QStringLiteral("caption"), p.caption},
                            {QStringLiteral("image"), QString::fromLatin1(p.image.toBase64())}});
        list.append(QJsonObject{{QStringLiteral("uid"), c.uid},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("symptom"), c.symptom},
                                {QStringLiteral("cause"), c.cause},
                                {QStringLiteral("fix"), c.fix},
                                {QStringLiteral("fault_code"), c.faultCode},
                                {QStringLiteral("models"), QJsonArray::fromStringList(c.models)},
                                {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                                {QStringLiteral("author"), c.author},
                                {QStringLiteral("status"), ServiceCase::code(c.status)},
                                {QStringLiteral("version"), c.version},
                                {QStringLiteral("photos"), photos}});
    }
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(format)},
                           {QStringLiteral("format_version"), formatVersion},
                           {QStringLiteral("cases"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::vector<ServiceCase>> CaseJson::read(const QByteArray &json)
{
    auto root = io::parseJsonObject(json);
    if (!root)
        return root.error();
    io::JsonFields top(*root, QString());
    const QString kind = top.text(QStringLiteral("format"), io::JsonFields::Required);
    if (top.ok() && kind != QLatin1String(format))
        top.fail(QStringLiteral("format"),
                 tr("expected \"%1\" (a case library exported by ServiceLens)")
                     .arg(QLatin1String(format)));
    const auto version = top.integer(QStringLiteral("format_version"), io::JsonFields::Required);
    if (top.ok() && *version > formatVersion)
        top.fail(QStringLiteral("format_version"),
                 tr("version %1 is newer than this ServiceLens reads (%2)")
                     .arg(*version)
                     .arg(formatVersion));
    const QJsonArray list = top.array(QStringLiteral("cases"), io::JsonFields::Required);
    if (!top.ok())
        return top.status().error();
    std::vector<ServiceCase> cases;
    for (qsizetype i = 0; i < list.size(); ++i) {
        io::JsonFields f(list.at(i), top.pathOf(QStringLiteral("cases"), i));
        ServiceCase c;
        c.uid = f.text(QStringLiteral("uid")).trimmed();
        c.title = f.text(QStringLiteral("title"), io::JsonFields::Required).trimmed();
        if (f.ok() && c.title.isEmpty())
            f.fail(QStringLiteral("title"), tr("a case needs a title"));
        c.symptom = f.text(QStringLiteral("symptom"));
        c.cause = f.text(QStringLiteral("cause"));
        c.fix = f.text(QStringLiteral("fix"));
        c.faultCode = f.text(QStringLiteral("fault_code")).trimmed();
        c.models = strings(f, QStringLiteral("models"));
        c.tags = strings(f, QStringLiteral("tags"));
        for (const QString &tag : c.tags)
            if (tag.contains(QLatin1Char(',')))
                f.fail(QStringLiteral("tags"), tr("a tag cannot hold a comma: %1").arg(tag));
        c.author = f.text(QStringLiteral("author"));
        if (f.has(QStringLiteral("status"))) {
            const QString status = f.text(QStringLiteral("status"));
            if (const auto s = ServiceCase::statusFrom(status))
                c.status = *s;
            else if (f.ok())
                f.fail(QStringLiteral("status"), tr("expected draft, approved or retired"));
        }
        const QJsonArray photos = f.array(QStringLiteral("photos"));
        for (qsizetype p = 0; p < photos.size() && f.ok(); ++p) {
            io::JsonFields photo(photos.at(p), f.pathOf(QStringLiteral("photos"), p));
            CasePhoto shot;
            shot.caption = photo.text(QStringLiteral("caption"));
            const QString data = photo.text(QStringLiteral("image"), io::JsonFields::Required);
            if (photo.ok()) {
                auto decoded = QByteArray::fromBase64Encoding(
                    data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || !isImage(*decoded))
                    photo.fail(QStringLiteral("image"),
                               tr("expected a JPEG or PNG image in base64"));
                else
                    shot.image = *decoded;
            }
            if (!photo.ok())
                return photo.status().error();
            c.photos.push_back(shot);
        }
        if (!f.ok())
            return f.status().error();
        cases.push_back(std::move(c));
    }
    return cases;
}

Result<CaseJson::Imported> CaseJson::importFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("%1 cannot be read.").arg(path), file.errorString());
    auto cases = read(file.readAll());
    if (!cases)
        return makeError(ErrorKind::InvalidInput, tr("%1: %2").arg(path, cases.error().message),
                         cases.error().detail);
    CaseLibrary library(db);
    Imported done;
    // All or nothing: a failure half way leaves the library as it was.
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    for (ServiceCase &c : *cases) {
        std::optional<ServiceCase> known;
        if (!c.uid.isEmpty()) {
            auto found = library.findByUid(c.uid);
            if (!found)
                return found.error();
            known = *found;
        } else {
            SqlQuery q(db, QStringLiteral("SELECT id FROM service_case WHERE title = :title "
                                          "ORDER BY id LIMIT 1"));
            q.bind(QStringLiteral(":title"), c.title);
            auto id = q.scalar();
            if (!id)
                return id.error();
            if (!id->isNull()) {
                auto found = library.find(id->toLongLong());
                if (!found)
                    return found.error();
                known = *found;
            }
        }
        if (known) {
            c.id = known->id;
            c.sourceOrderId = known->sourceOrderId;
            if (c.author.isEmpty())
                c.author = known->author;
        }
        auto changed = library.save(c);
        if (!changed)
            return changed.error();
        if (!known)
            ++done.added;
        else if (*changed)
            ++done.updated;
        else
            ++done.unchanged;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return done;
}

} // namespace servicelens::knowledge
