// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateRepository.h"

#include "TemplateJson.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace servicelens::inspection {

namespace {

const QString entity = QStringLiteral("inspection_template");

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QJsonObject auditJson(const InspectionTemplate &t)
{
    return QJsonDocument::fromJson(TemplateJson::write(t).toUtf8()).object();
}

} // namespace

Status TemplateRepository::insertContent(const InspectionTemplate &t)
{
    SqlQuery section(m_db, QStringLiteral("INSERT INTO inspection_section (template_id, position, "
                                          "title, title_zh) VALUES (:t, :pos, :title, :zh)"));
    SqlQuery item(m_db,
                  QStringLiteral(
                      "INSERT INTO inspection_item (template_id, section_id, position, code, type, "
                      "text, text_zh, guidance, guidance_zh, weight, critical, min_value, "
                      "max_value) VALUES (:t, :s, :pos, :code, :type, :text, :text_zh, :guidance, "
                      ":guidance_zh, :weight, :critical, :min, :max)"));
    for (std::size_t s = 0; s < t.sections.size(); ++s) {
        const TemplateSection &sec = t.sections[s];
        section.bind(QStringLiteral(":t"), t.id)
            .bind(QStringLiteral(":pos"), static_cast<int>(s))
            .bind(QStringLiteral(":title"), sec.title.en)
            .bind(QStringLiteral(":zh"), sec.title.zh);
        if (auto st = section.exec(); !st)
            return st;
        const qint64 sectionId = section.lastInsertId();
        for (std::size_t i = 0; i < sec.items.size(); ++i) {
            const TemplateItem &it = sec.items[i];
            item.bind(QStringLiteral(":t"), t.id)
                .bind(QStringLiteral(":s"), sectionId)
                .bind(QStringLiteral(":pos"), static_cast<int>(i))
                .bind(QStringLiteral(":code"), it.code)
                .bind(QStringLiteral(":type"), InspectionNames::code(it.type))
                .bind(QStringLiteral(":text"), it.text.en)
                .bind(QStringLiteral(":text_zh"), it.text.zh)
                .bind(QStringLiteral(":guidance"), it.guidance.en)
                .bind(QStringLiteral(":guidance_zh"), it.guidance.zh)
                .bind(QStringLiteral(":weight"), it.weight)
                .bind(QStringLiteral(":critical"), it.critical ? 1 : 0)
                .bind(QStringLiteral(":min"), optionalNumber(it.min))
                .bind(QStringLiteral(":max"), optionalNumber(it.max));
            if (auto st = item.exec(); !st)
                return st;
        }
    }
    return {};
}

Status TemplateRepository::insertVersion(InspectionTemplate &t)
{
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    t.uid = m_db.uids().next();
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO inspection_template (uid, code, version, name, name_zh, "
                              "frequency, pass_score, kind, created_at, updated_at) VALUES (:uid, "
                              ":code, :version, :name, :zh, :freq, :pass, :kind, :now, :now)"));
    q.bind(QStringLiteral(":uid"), t.uid)
        .bind(QStringLiteral(":code"), t.code)
        .bind(QStringLiteral(":version"), t.version)
        .bind(QStringLiteral(":name"), t.name.en.isEmpty() ? t.name.zh : t.name.en)
        .bind(QStringLiteral(":zh"), t.name.zh)
        .bind(QStringLiteral(":freq"), InspectionNames::code(t.frequency))
        .bind(QStringLiteral(":pass"), t.passScore)
        .bind(QStringLiteral(":kind"), InspectionNames::code(t.kind))
        .bind(QStringLiteral(":now"), now);
    if (auto s = q.exec(); !s)
        return s;
    t.id = q.lastInsertId();
    if (auto s = insertContent(t); !s)
        return s;
    return AuditLog(m_db).record(AuditLog::Action::Insert, entity, t.uid, {}, auditJson(t));
}

Result<TemplateRepository::Saved> TemplateRepository::save(InspectionTemplate &t)
{
    if (auto s = TemplateValidator::validate(t); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = latest(t.code);
    if (!current)
        return current.error();
    Saved saved = Saved::Created;
    if (!*current) {
        t.version = std::max(1, t.version);
        if (auto s = insertVersion(t); !s)
            return s.error();
    } else if ((*current)->sameContent(t)) {
        t = **current;
        return Saved::Unchanged;
    } else {
        const InspectionTemplate &old = **current;
        auto used = inUse(old.id);
        if (!used)
            return used.error();
        if (*used) {
            t.version = old.version + 1;
            if (auto s = insertVersion(t); !s)
                return s.error();
            saved = Saved::NewVersion;
        } else {
            // Nothing refers to the latest version yet: replace its content.
            t.id = old.id;
            t.uid = old.uid;
            t.version = old.version;
            SqlQuery clear(m_db,
                           QStringLiteral("DELETE FROM inspection_section WHERE template_id = :t"));
            clear.bind(QStringLiteral(":t"), t.id);
            SqlQuery update(
                m_db, QStringLiteral("UPDATE inspection_template SET name = :name, name_zh = :zh, "
                                     "frequency = :freq, pass_score = :pass, kind = :kind, "
                                     "updated_at = :now WHERE id = :id"));
            update.bind(QStringLiteral(":name"), t.name.en.isEmpty() ? t.name.zh : t.name.en)
                .bind(QStringLiteral(":zh"), t.name.zh)
                .bind(QStringLiteral(":freq"), InspectionNames::code(t.frequency))
                .bind(QStringLiteral(":pass"), t.passScore)
                .bind(QStringLiteral(":kind"), InspectionNames::code(t.kind))
                .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                .bind(QStringLiteral(":id"), t.id);
            for (SqlQuery *q : {&clear, &update})
                if (auto s = q->exec(); !s)
                    return s.error();
            if (auto s = insertContent(t); !s)
                return s.error();
            if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, t.uid,
                                               auditJson(old), auditJson(t));
                !s)
                return s.error();
            saved = Saved::UpdatedInPlace;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    auto stored = byId(t.id);
    if (!stored)
        return stored.error();
    if (*stored)
        t = **stored;
    return saved;
}

Result<std::optional<InspectionTemplate>> TemplateRepository::byId(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, code, version, name, name_zh, frequency, "
                                    "pass_score, kind FROM inspection_template WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<InspectionTemplate>();
    InspectionTemplate t;
    t.id = q.value(0).toLongLong();
    t.uid = q.value(1).toString();
    t.code = q.value(2).toString();
    t.version = q.value(3).toInt();
    t.name = {q.value(4).toString(), q.value(5).toString()};
    t.frequency = InspectionNames::frequency(q.value(6).toString()).value_or(Frequency::Monthly);
    t.passScore = q.value(7).toDouble();
    t.kind = InspectionNames::kind(q.value(8).toString()).value_or(TemplateKind::Branch);

    SqlQuery sections(m_db, QStringLiteral("SELECT id, title, title_zh FROM inspection_section "
                                           "WHERE template_id = :t ORDER BY position"));
    sections.bind(QStringLiteral(":t"), id);
    if (auto s = sections.exec(); !s)
        return s.error();
    QHash<qint64, std::size_t> sectionIndex;
    while (sections.next()) {
        TemplateSection s;
        s.id = sections.value(0).toLongLong();
        s.title = {sections.value(1).toString(), sections.value(2).toString()};
        sectionIndex.insert(s.id, t.sections.size());
        t.sections.push_back(std::move(s));
    }
    SqlQuery items(m_db, QStringLiteral("SELECT id, section_id, code, type, text, text_zh, "
                                        "guidance, guidance_zh, weight, critical, min_value, "
                                        "max_value FROM inspection_item WHERE template_id = :t "
                                        "ORDER BY section_id, position"));
    items.bind(QStringLiteral(":t"), id);
    if (auto s = items.exec(); !s)
        return s.error();
    while (items.next()) {
        TemplateItem i;
        i.id = items.value(0).toLongLong();
        i.code = items.value(2).toString();
        i.type = InspectionNames::itemType(items.value(3).toString()).value_or(ItemType::Text);
        i.text = {items.value(4).toString(), items.value(5).toString()};
        i.guidance = {items.value(6).toString(), items.value(7).toString()};
        i.weight = items.value(8).toDouble();
        i.critical = items.value(9).toInt() != 0;
        if (!items.value(10).isNull())
            i.min = items.value(10).toDouble();
        if (!items.value(11).isNull())
            i.max = items.value(11).toDouble();
        const auto at = sectionIndex.constFind(items.value(1).toLongLong());
        if (at != sectionIndex.constEnd())
            t.sections[*at].items.push_back(std::move(i));
    }
    return std::optional<InspectionTemplate>(std::move(t));
}

Result<std::optional<InspectionTemplate>> TemplateRepository::latest(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM inspection_template WHERE code = :code "
                                    "ORDER BY version DESC LIMIT 1"));
    q.bind(QStringLiteral(":code"), code);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<InspectionTemplate>();
    return byId(id->toLongLong());
}

Result<std::optional<InspectionTemplate>> TemplateRepository::find(const QString &code,
                                                                   int version) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM inspection_template WHERE code = :code AND "
                                    "version = :version"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":version"), version);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<InspectionTemplate>();
    return byId(id->toLongLong());
}

Result<std::vector<TemplateSummary>> TemplateRepository::list() const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT t.id, t.code, t.version, t.name, t.name_zh, t.frequency, "
                         "t.kind, "
                         "(SELECT count(*) FROM inspection_item i WHERE i.template_id = t.id), "
                         "(SELECT count(*) FROM inspection n JOIN inspection_template v "
                         "ON v.id = n.template_id WHERE v.code = t.code) "
                         "FROM inspection_template t WHERE t.version = (SELECT max(version) FROM "
                         "inspection_template u WHERE u.code = t.code) ORDER BY t.name, t.code"));
    return q.all<TemplateSummary>([](const SqlQuery &r) {
        TemplateSummary s;
        s.id = r.value(0).toLongLong();
        s.code = r.value(1).toString();
        s.version = r.value(2).toInt();
        s.name = {r.value(3).toString(), r.value(4).toString()};
        s.frequency =
            InspectionNames::frequency(r.value(5).toString()).value_or(Frequency::Monthly);
        s.kind = InspectionNames::kind(r.value(6).toString()).value_or(TemplateKind::Branch);
        s.items = r.value(7).toInt();
        s.inspections = r.value(8).toInt();
        return s;
    });
}

Result<bool> TemplateRepository::inUse(qint64 templateId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM inspection WHERE template_id = "
                                    ":t)"));
    q.bind(QStringLiteral(":t"), templateId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<InspectionTemplate> TemplateRepository::shippedDefault()
{
    QFile file(QStringLiteral(":/servicelens/inspection/default-template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("The default inspection template is missing."));
    return TemplateJson::parse(file.readAll());
}

Result<InspectionTemplate> TemplateRepository::shippedMaintenance()
{
    QFile file(QStringLiteral(":/servicelens/inspection/maintenance-template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("The shipped maintenance checklist is missing."));
    return TemplateJson::parse(file.readAll());
}

Status TemplateRepository::installMaintenance()
{
    return install(shippedMaintenance());
}

Status TemplateRepository::installDefault()
{
    return install(shippedDefault());
}

Status TemplateRepository::install(Result<InspectionTemplate> t)
{
    if (!t)
        return t.error();
    auto existing = latest(t->code);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    auto saved = save(*t);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace servicelens::inspection
