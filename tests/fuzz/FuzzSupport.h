// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace servicelens::fuzz {

// One workbook for the whole run, in a folder of its own: each input works on it inside a
// transaction that is rolled back (or a dry run), so every input meets the same workbook.
struct FuzzWorkbook {
    int argc = 1;
    char name[16] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    std::unique_ptr<Workbook> workbook;

    FuzzWorkbook()
    {
        auto created =
            Workbook::create(dir.filePath(QStringLiteral("模糊测试.servicelens")), NewWorkbook{});
        if (!created) {
            std::fprintf(stderr, "cannot create the workbook: %s\n",
                         qPrintable(created.error().message));
            std::abort();
        }
        workbook = std::move(*created);
    }
};

// A property the code promises that the input broke: stop the run with the input saved.
#define FUZZ_REQUIRE(condition)                                                                    \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_REQUIRE failed: %s (%s:%d)\n", #condition, __FILE__,        \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

} // namespace servicelens::fuzz
