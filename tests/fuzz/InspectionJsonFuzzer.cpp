// SPDX-License-Identifier: GPL-3.0-or-later
// Template and completed-inspection JSON (FORMATS.md) on any bytes: the template parser and
// validator, and the inspection import with all its checks and writes, inside a transaction
// that is rolled back. Beyond "no crash, no undefined behaviour": a template that parses
// writes back to JSON that parses to the same template.
#include "FuzzSupport.h"

#include "inspection/InspectionJson.h"
#include "inspection/TemplateJson.h"
#include "storage/WriteTransaction.h"

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
    Database &db = fx.workbook->database();
    {
        WriteTransaction tx(db); // never committed: each input meets the same workbook
        FUZZ_REQUIRE(tx.status().ok());
        (void)inspection::InspectionJson::importData(db, json);
    }
    return 0;
}
