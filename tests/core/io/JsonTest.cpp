// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON pieces every public format is read and written with: JsonFields (reading with the
// first problem's path), the duplicate-key finder, and OrderedJson (keys in reading order,
// numbers never rounded).
#include <catch2/catch.hpp>

#include "io/JsonFields.h"
#include "io/OrderedJson.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace servicelens;
using namespace servicelens::io;

namespace {

QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST_CASE("JsonFields reads plain values and keeps the first problem with its path", "[io][json]")
{
    JsonFields f(objectOf(R"({"code": "巡检-1", "weight": 2.5, "count": 3, "critical": true,
                              "items": [1, 2], "blank": "  ", "nothing": null})"),
                 QStringLiteral("sections[2]"));
    CHECK(f.text(QStringLiteral("code"), JsonFields::Required) == QStringLiteral("巡检-1"));
    CHECK(f.number(QStringLiteral("weight")) == 2.5);
    CHECK(f.integer(QStringLiteral("count")) == 3);
    CHECK(f.boolean(QStringLiteral("critical"), false));
    CHECK(f.boolean(QStringLiteral("absent"), true)); // the fallback
    CHECK(f.array(QStringLiteral("items")).size() == 2);
    // Optional and absent, or null: no value, no problem.
    CHECK(f.text(QStringLiteral("absent")).isEmpty());
    CHECK_FALSE(f.number(QStringLiteral("nothing")).has_value());
    CHECK(f.ok());

    // The first problem is kept, with its path; later reads return nothing.
    CHECK_FALSE(f.integer(QStringLiteral("weight")).has_value()); // 2.5 is not whole
    CHECK_FALSE(f.ok());
    CHECK(f.status().error().message ==
          QStringLiteral("sections[2].weight: expected a whole number"));
    CHECK(f.text(QStringLiteral("code")).isEmpty());
    CHECK(f.status().error().message.startsWith(QStringLiteral("sections[2].weight")));
}

TEST_CASE("JsonFields names each kind of wrong value", "[io][json]")
{
    const QJsonObject o = objectOf(R"({"n": "12", "t": 12, "b": "yes", "a": {}, "blank": " "})");
    auto problem = [&](auto read) {
        JsonFields f(o, QStringLiteral("root"));
        read(f);
        REQUIRE_FALSE(f.ok());
        return f.status().error().message;
    };
    CHECK(problem([](JsonFields &f) { f.number(QStringLiteral("n")); }) ==
          QStringLiteral("root.n: expected a number"));
    CHECK(problem([](JsonFields &f) { f.text(QStringLiteral("t")); }) ==
          QStringLiteral("root.t: expected a text in quotes"));
    CHECK(problem([](JsonFields &f) { f.boolean(QStringLiteral("b"), false); }) ==
          QStringLiteral("root.b: expected true or false"));
    CHECK(problem([](JsonFields &f) { f.array(QStringLiteral("a")); }) ==
          QStringLiteral("root.a: expected a list [ … ]"));
    CHECK(problem([](JsonFields &f) { f.text(QStringLiteral("blank"), JsonFields::Required); }) ==
          QStringLiteral("root.blank: must not be empty"));
    CHECK(problem([](JsonFields &f) { f.text(QStringLiteral("gone"), JsonFields::Required); }) ==
          QStringLiteral("root.gone: required"));
    // An array element that is not an object.
    JsonFields element(QJsonValue(3), QStringLiteral("answers[4]"));
    CHECK_FALSE(element.ok());
    CHECK(element.status().error().message.startsWith(QStringLiteral("answers[4]")));
    JsonFields f(o, QStringLiteral("root"));
    // Elements are counted from 1 in paths, as a person counts them.
    CHECK(f.pathOf(QStringLiteral("items"), 1) == QStringLiteral("root.items[2]"));
}

TEST_CASE("A key given twice in one object is found and refused with its path", "[io][json]")
{
    CHECK_FALSE(duplicateKeyPath(R"({"a": 1, "b": {"c": 2, "d": 3}})").has_value());
    const auto twice = duplicateKeyPath(R"({"answers": [{"item": "x", "value": 1, "value": 2}]})");
    INFO((twice ? twice->toStdString() : std::string("none")));
    CHECK(twice == QStringLiteral("answers[1].value"));
    // The same key in two different objects is fine.
    CHECK_FALSE(duplicateKeyPath(R"([{"id": 1}, {"id": 2}])").has_value());

    auto refused = parseJsonObject(R"({"id": "1", "id": "2"})");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("id")));
    auto broken = parseJsonObject("{\n  \"id\": \n}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.startsWith(QStringLiteral("Line 3")));
    CHECK_FALSE(parseJsonObject("[1, 2]").ok()); // a list where an object is expected
    CHECK(parseJsonValue("[1, 2]").ok());
}

TEST_CASE("OrderedJson keeps the keys in the order given and never rounds", "[io][json]")
{
    OrderedJson root = OrderedJson::object();
    OrderedJson list = OrderedJson::array();
    list.append(OrderedJson::number(1)).append(OrderedJson::null());
    root.add(QStringLiteral("zeta"), OrderedJson::string(QStringLiteral("网点 \"A\"")))
        .add(QStringLiteral("alpha"), OrderedJson::number(0.1 + 0.2))
        .add(QStringLiteral("count"), OrderedJson::number(qint64(9007199254740993)))
        .add(QStringLiteral("none"), OrderedJson::number(std::optional<double>()))
        .add(QStringLiteral("ok"), OrderedJson::boolean(true))
        .add(QStringLiteral("list"), std::move(list));
    const QString compact = root.toString(-1);
    CHECK(compact.indexOf(QStringLiteral("zeta")) < compact.indexOf(QStringLiteral("alpha")));
    CHECK(compact.contains(QStringLiteral("\"zeta\":\"网点 \\\"A\\\"\"")));
    CHECK(compact.contains(QStringLiteral("\"alpha\":0.30000000000000004"))); // not 0.3
    CHECK(compact.contains(QStringLiteral("\"count\":9007199254740993")));    // whole, exact
    CHECK(compact.contains(QStringLiteral("\"none\":null")));
    CHECK(compact.contains(QStringLiteral("\"list\":[1,null]")));

    // What it writes reads back to the same values.
    const QJsonObject back = QJsonDocument::fromJson(root.toString().toUtf8()).object();
    CHECK(back.value(QStringLiteral("alpha")).toDouble() == 0.1 + 0.2);
    CHECK(back.value(QStringLiteral("ok")).toBool());
    CHECK(back.value(QStringLiteral("zeta")).toString() == QStringLiteral("网点 \"A\""));
    // Indented: two spaces per level.
    CHECK(root.toString(2).contains(QStringLiteral("\n  \"alpha\": ")));
    // A number JSON cannot hold is written as null rather than as invalid JSON.
    OrderedJson odd = OrderedJson::object();
    odd.add(QStringLiteral("x"), OrderedJson::number(std::numeric_limits<double>::quiet_NaN()));
    CHECK(QJsonDocument::fromJson(odd.toString().toUtf8()).isObject());
}
