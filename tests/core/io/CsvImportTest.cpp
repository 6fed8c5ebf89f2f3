// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import frame's own rules, below every importer: how headers are matched to columns
// (name, Chinese alias, mapping file), and what a mapping file may say.
#include <catch2/catch.hpp>

#include "io/CsvImport.h"
#include "io/ImportTypes.h"

using namespace servicelens;
using namespace servicelens::io;

namespace {

const std::vector<CsvImport::ColumnSpec> specs = {
    {"order_id", "工单号"}, {"received_at", "受理时间"}, {"product", "产品"}};

} // namespace

TEST_CASE("Headers match by name or Chinese alias, ignoring case and spaces", "[io][csv]")
{
    QStringList warnings;
    auto matched = CsvImport::matchHeader(
        {QStringLiteral(" Order_ID "), QStringLiteral("受理时间"), QStringLiteral("备注")}, specs,
        {}, {0, 1}, warnings);
    REQUIRE(matched.ok());
    CHECK(*matched == std::vector<int>{0, 1, -1}); // product absent
    REQUIRE(warnings.size() == 1);                 // the unknown column, named
    CHECK(warnings.front().contains(QStringLiteral("备注")));

    // A required column missing is an error naming it.
    warnings.clear();
    auto missing = CsvImport::matchHeader({QStringLiteral("产品")}, specs, {}, {0, 1}, warnings);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("order_id")));

    // Two headers for one column: an error naming both, never a silent choice.
    warnings.clear();
    auto twice = CsvImport::matchHeader(
        {QStringLiteral("order_id"), QStringLiteral("工单号"), QStringLiteral("received_at")},
        specs, {}, {0, 1}, warnings);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("order_id")));
    CHECK(twice.error().message.contains(QStringLiteral("工单号")));
}

TEST_CASE("A mapping file maps other systems' headers, dates and values", "[io][csv]")
{
    auto m = ColumnMapping::parse(QStringLiteral("# a city's 311 export\n"
                                                 "Ticket ID = order_id\n"
                                                 "Created=received_at\n"
                                                 "@date_format=MM/dd/yyyy hh:mm:ss AP\n"
                                                 "@value.priority.P1=urgent\n"));
    REQUIRE(m.ok());
    CHECK(m->headers.value(QStringLiteral("ticket id")) == QStringLiteral("order_id"));
    CHECK(m->dateFormat == QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    CHECK(m->values.value(QStringLiteral("priority")).value(QStringLiteral("p1")) ==
          QStringLiteral("urgent"));
    // What it says comes back when written out (the dialog remembers mappings this way).
    auto again = ColumnMapping::parse(m->toLines().join(QLatin1Char('\n')));
    REQUIRE(again.ok());
    CHECK(again->headers == m->headers);
    CHECK(again->values == m->values);

    // The mapped header is then matched like the column's own name.
    QStringList warnings;
    auto matched = CsvImport::matchHeader({QStringLiteral("TICKET ID"), QStringLiteral("Created")},
                                          specs, *m, {0, 1}, warnings);
    REQUIRE(matched.ok());
    CHECK((*matched)[0] == 0);
    CHECK((*matched)[1] == 1);

    // Refused, naming the line: a line without "=", two-digit years, a bad @value line.
    auto noEquals = ColumnMapping::parse(QStringLiteral("order_id\n"));
    REQUIRE_FALSE(noEquals.ok());
    CHECK(noEquals.error().message.contains(QStringLiteral("line 1")));
    auto shortYear = ColumnMapping::parse(QStringLiteral("\n@date_format=MM/dd/yy\n"));
    REQUIRE_FALSE(shortYear.ok());
    CHECK(shortYear.error().message.contains(QStringLiteral("line 2")));
    CHECK(ColumnMapping::parse(QStringLiteral("@date_format=dd.MM.yyyy")).ok());
    CHECK_FALSE(ColumnMapping::parse(QStringLiteral("@value.priority=urgent")).ok());
}

TEST_CASE("A mapping file names the values that mean no value", "[io][csv]")
{
    auto m = ColumnMapping::parse(QStringLiteral("@empty=?\n@empty= N/A \n@empty=无\n"));
    REQUIRE(m.ok());
    CHECK(m->emptyMarkers ==
          QSet<QString>{QStringLiteral("?"), QStringLiteral("n/a"), QStringLiteral("无")});
    CHECK_FALSE(m->isEmpty());
    // Written back and read again, as the dialog remembers them.
    auto again = ColumnMapping::parse(m->toLines().join(QLatin1Char('\n')));
    REQUIRE(again.ok());
    CHECK(again->emptyMarkers == m->emptyMarkers);
    // A marker line without a value is refused, naming the line.
    auto blank = ColumnMapping::parse(QStringLiteral("order_id=order_id\n@empty=\n"));
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().message.contains(QStringLiteral("line 2")));
    CHECK(ColumnMapping::commonEmptyMarkers().contains(QStringLiteral("?")));
}

TEST_CASE("Export headers are recognised by their aliases, ignoring case, width and spaces",
          "[io][csv]")
{
    const std::vector<CsvImport::ColumnSpec> aliased = {
        {"order_id", "工单号", false, "工单编号|单号|Ticket ID|Number"},
        {"received_at", "受理时间", false, "报修时间|Created|Opened At"},
        {"customer", "客户", false, "客户姓名|联系人|Requester"}};
    QStringList warnings;
    // Full-width letters, another case, underscores for spaces.
    auto matched = CsvImport::matchHeader({QStringLiteral("ＴＩＣＫＥＴ　ＩＤ"),
                                           QStringLiteral("opened_at"), QStringLiteral("联系人")},
                                          aliased, {}, {0, 1}, warnings);
    REQUIRE(matched.ok());
    CHECK(*matched == std::vector<int>{0, 1, 2});
    CHECK(warnings.isEmpty());

    // The column's own name beats an alias; of two aliases the more telling one is taken; the
    // header left over is named in a warning, never silently dropped.
    warnings.clear();
    matched = CsvImport::matchHeader({QStringLiteral("Number"), QStringLiteral("Created"),
                                      QStringLiteral("受理时间"), QStringLiteral("工单编号")},
                                     aliased, {}, {0, 1}, warnings);
    REQUIRE(matched.ok());
    CHECK((*matched)[0] == 3); // 工单编号 before Number
    CHECK((*matched)[1] == 2); // 受理时间 is the column's own alias
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("“Number”")));
    CHECK(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("“Created”")));

    // A mapping line still decides.
    warnings.clear();
    auto mapping = ColumnMapping::parse(QStringLiteral("Number=order_id\n工单编号=-\n"));
    matched = CsvImport::matchHeader(
        {QStringLiteral("Number"), QStringLiteral("工单编号"), QStringLiteral("Created")}, aliased,
        *mapping, {0, 1}, warnings);
    REQUIRE(matched.ok());
    CHECK((*matched)[0] == 0);
    CHECK((*matched)[1] == 2);
    CHECK(CsvImport::headerKey(QStringLiteral(" Ticket-ID ")) == QStringLiteral("ticketid"));
}
