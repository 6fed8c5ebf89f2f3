// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateJson.h"
#include "inspection/TemplateRepository.h"
#include "storage/AuditLog.h"

using namespace servicelens;
using namespace servicelens::inspection;
using namespace servicelens::test;

TEST_CASE("The shipped template is bilingual, has critical items and survives a JSON round trip",
          "[inspection][json]")
{
    auto shipped = TemplateRepository::shippedDefault();
    REQUIRE(shipped.ok());
    CHECK(shipped->code == QStringLiteral("branch-ops-monthly"));
    CHECK(shipped->sections.size() == 7);
    CHECK(shipped->sections[0].title.in(QStringLiteral("zh_CN")) == QStringLiteral("服务流程"));
    CHECK(shipped->sections[0].title.in(QStringLiteral("en")) == QStringLiteral("Service flow"));
    int critical = 0;
    for (const TemplateSection &s : shipped->sections)
        for (const TemplateItem &i : s.items) {
            critical += i.critical ? 1 : 0;
            CHECK_FALSE(i.text.zh.isEmpty());
        }
    CHECK(critical == 2);
    CHECK(shipped->item(QStringLiteral("cx.privacy"))->critical);

    auto again = TemplateJson::parse(TemplateJson::write(*shipped).toUtf8());
    REQUIRE(again.ok());
    CHECK(again->sameContent(*shipped));
    CHECK(TemplateJson::write(*again) == TemplateJson::write(*shipped));
}

TEST_CASE("Template JSON errors name the place", "[inspection][json]")
{
    auto error = [](const char *json) {
        auto t = TemplateJson::parse(QByteArray(json));
        REQUIRE_FALSE(t.ok());
        return t.error().message;
    };
    CHECK(error("{\n  \"code\": \"x\",\n  \"name\" \"n\"\n}")
              .startsWith(QStringLiteral("Line 3, column 11")));
    CHECK(error("[1]").contains(QStringLiteral("object")));
    const char *base = R"({"code": "c", "name": "巡检", "pass_score": 80, "sections": [
        {"title": "S1", "items": [{"code": "a", "type": "pass_fail", "text": "A"}]},
        {"title": "S2", "items": [{"code": "b", "type": "%1", "text": "B"%2}]}]})";
    auto with = [&](const char *type, const char *extra) {
        return QString::fromUtf8(base).arg(QLatin1String(type), QLatin1String(extra)).toUtf8();
    };
    auto err = [](const QByteArray &json) {
        auto t = TemplateJson::parse(json);
        REQUIRE_FALSE(t.ok());
        return t.error().message;
    };
    CHECK(TemplateJson::parse(with("rating5", "")).ok());
    CHECK(err(with("stars", "")).startsWith(QStringLiteral("sections[2].items[1].type: “stars”")));
    CHECK(err(with("number", ", \"min\": 5, \"max\": 1"))
              .startsWith(QStringLiteral("sections[2].items[1].min")));
    CHECK(err(with("number", "")).startsWith(QStringLiteral("sections[2].items[1].min")));
    CHECK(err(with("rating5", ", \"weight\": \"heavy\""))
              .startsWith(QStringLiteral("sections[2].items[1].weight: expected a number")));
    CHECK(err(with("rating5", ", \"critical\": 1"))
              .startsWith(QStringLiteral("sections[2].items[1].critical")));
    QByteArray dup = with("rating5", "");
    dup.replace("\"code\": \"b\"", "\"code\": \"a\"");
    CHECK(err(dup).startsWith(QStringLiteral("sections[2].items[1].code: the item code “a”")));
    CHECK(err(R"({"code": "c", "name": "n", "sections": []})")
              .startsWith(QStringLiteral("pass_score: required")));
}

TEST_CASE("Editing a template in use makes a new version, old inspections keep theirs",
          "[inspection]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("模板.servicelens")), clock);
    Database &db = wb->database();
    TemplateRepository templates(db);

    // Every new workbook has the shipped template.
    auto installed = templates.latest(QStringLiteral("branch-ops-monthly"));
    REQUIRE(installed.ok());
    REQUIRE(installed->has_value());
    InspectionTemplate t = **installed;
    CHECK(t.version == 1);

    // Not used yet: an edit replaces version 1.
    t.passScore = 85;
    auto saved = templates.save(t);
    REQUIRE(saved.ok());
    CHECK(*saved == TemplateRepository::Saved::UpdatedInPlace);
    CHECK(t.version == 1);
    CHECK(*templates.save(t) == TemplateRepository::Saved::Unchanged);

    // Used by an inspection: the next edit is version 2.
    Inspection inspection;
    inspection.templateId = t.id;
    inspection.branchId = wb->defaultBranch()->id;
    REQUIRE(InspectionWorkflow(db).start(inspection).ok());
    const qint64 v1 = t.id;
    t.sections[0].items[0].weight = 5;
    t.sections[0].items[0].text.zh = QStringLiteral("接待规范（修订）");
    saved = templates.save(t);
    REQUIRE(saved.ok());
    CHECK(*saved == TemplateRepository::Saved::NewVersion);
    CHECK(t.version == 2);
    CHECK(t.id != v1);
    auto old = templates.byId(v1);
    REQUIRE(old->has_value());
    CHECK((*old)->sections[0].items[0].weight == 2);
    CHECK((*InspectionRepository(db).findById(inspection.id))->templateId == v1);
    CHECK((*templates.latest(t.code))->version == 2);
    auto list = templates.list();
    // The branch's template, and the shipped maintenance checklist (sorted by name, English
    // first: "Equipment…" before "Monthly…").
    REQUIRE(list->size() == 2);
    CHECK(list->back().code == t.code);
    CHECK(list->back().kind == TemplateKind::Branch);
    CHECK(list->back().version == 2);
    CHECK(list->back().inspections == 1);
    CHECK(list->front().kind == TemplateKind::Maintenance);
    // Each save is audited.
    CHECK(AuditLog(db).entriesFor(QStringLiteral("inspection_template"), t.uid)->size() == 1);
}
