// SPDX-License-Identifier: GPL-3.0-or-later
// Every test case reaches CTest whole: catch_discover_tests hands each name to CTest as an item of
// a CMake list, where a ';' splits it in two — neither half matches a test, and the run fails.
#include "TestSupport.h"

#include <QDirIterator>
#include <QRegularExpression>

TEST_CASE("No test case's name holds a semicolon", "[architecture]")
{
    const QRegularExpression testCase(QStringLiteral(R"re(TEST_CASE\(\s*"((?:[^"\\]|\\.)*)")re"));
    QStringList offending;
    int names = 0;
    QDirIterator it(QStringLiteral(SERVICELENS_SOURCE_DIR "/tests"), {QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = testCase.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            ++names;
            if (name.contains(QLatin1Char(';')))
                offending << QFileInfo(path).fileName() + QStringLiteral(": ") + name;
        }
    }
    CHECK(names > 300); // the pattern finds the tests
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}
