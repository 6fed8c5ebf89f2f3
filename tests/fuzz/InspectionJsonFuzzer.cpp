// SPDX-License-Identifier: GPL-3.0-or-later
// Template and completed-inspection JSON (FORMATS.md) on any bytes: the template parser and
// validator, and the inspection import with all its checks and writes, inside a transaction
// that is rolled back. Beyond "no crash, no undefined behaviour": a template that parses
// writes back to JSON that parses to the same template; the duplicate-key finder agrees with
// Qt's parser (a document Qt writes back has no key twice, and a key inserted twice is found).
#include "FuzzSupport.h"

#include "inspection/InspectionJson.h"
#include "inspection/TemplateJson.h"
#include "io/JsonFields.h"

#include "storage/WriteTransaction.h"
#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::FuzzWorkbook fx;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    auto parsed = inspection::TemplateJson::parse(json);
    if (parsed) {
        auto again =
            inspection::TemplateJson::parse(inspection::TemplateJson::write(*parsed).toUtf8());
        FUZZ_REQUIRE(again.ok());
        FUZZ_REQUIRE(again->sameContent(*parsed));
    }
    // The duplicate-key finder on whatever Qt accepts as an object or a list.
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isNull()) {
        (void)io::duplicateKeyPath(json);
        FUZZ_REQUIRE(!io::duplicateKeyPath(doc.toJson(QJsonDocument::Compact)));
        if (doc.isObject() && !doc.object().isEmpty()) {
            // The first key again at the front: always a duplicate at the top level.
            const QString key = doc.object().keys().front();
            QByteArray twice = doc.toJson(QJsonDocument::Compact);
            twice.insert(1, QJsonDocument(QJsonObject{{key, 0}})
                                    .toJson(QJsonDocument::Compact)
                                    .mid(1)
                                    .chopped(1) +
                                ",");
            FUZZ_REQUIRE(io::duplicateKeyPath(twice).has_value());
        }
    }
    Database &db = fx.workbook->database();
    {
        WriteTransaction tx(db); // never committed: each input meets the same workbook
        FUZZ_REQUIRE(tx.status().ok());
        (void)inspection::InspectionJson::importData(db, json);
    }
    return 0;
}
