// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/OutputFile.h"

#include <QDir>
#include <QFile>

using namespace servicelens;
using namespace servicelens::test;
using io::OutputFile;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("An output file appears whole at commit, never before", "[io][output]")
{
    TempFolder dir;
    const QString target = dir.file(QStringLiteral("月报.csv"));
    {
        OutputFile file(target);
        REQUIRE(file.open().ok());
        REQUIRE(file.write(QByteArray("第一行\n")).ok());
        CHECK(entries(dir.path()).isEmpty()); // an unnamed file until commit
        REQUIRE(file.write(QByteArray("第二行\n")).ok());
        REQUIRE(file.commit().ok());
    }
    CHECK(fileBytes(target) == QByteArray("第一行\n第二行\n"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("月报.csv")});

    // A file not committed (an error on the way, an exception, a cancel) changes nothing.
    {
        OutputFile file(target);
        REQUIRE(file.open().ok());
        REQUIRE(file.write(QByteArray("半截")).ok());
    }
    CHECK(fileBytes(target) == QByteArray("第一行\n第二行\n"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("月报.csv")});

    // Replacing keeps the permissions the user gave the file.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(OutputFile::writeWhole(target, "新的").ok());
    CHECK(fileBytes(target) == QByteArray("新的"));
    CHECK(QFile::permissions(target) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("An output file never replaces a database, its side files or a folder", "[io][output]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("门店.servicelens"));
    execOutside(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    const QByteArray before = fileBytes(db);
    const QString renamed = dir.file(QStringLiteral("看起来像报表.pdf"));
    REQUIRE(QFile::copy(db, renamed));
    const QString link = dir.file(QStringLiteral("链接.csv"));
    REQUIRE(QFile::link(db, link));
    for (const QString &target : QStringList{db, renamed, link, db + QStringLiteral("-wal"),
                                             db + QStringLiteral("-journal"), dir.path(),
                                             dir.file(QStringLiteral("子目录/"))}) {
        INFO(target.toStdString());
        const Status s = OutputFile::writeWhole(target, "报表");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::InvalidInput);
        CHECK(s.error().message.contains(QDir::toNativeSeparators(QFileInfo(target).fileName())));
    }
    CHECK(fileBytes(db) == before);
    CHECK(fileBytes(renamed) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    // A WAL file kept from a crash starts with its own magic number: also a database's.
    const QString wal = dir.file(QStringLiteral("孤儿-wal"));
    writeFile(wal, QByteArray("\x37\x7f\x06\x82", 4) + QByteArray(60, '\0'));
    CHECK_FALSE(OutputFile::writeWhole(wal, "x").ok());
}

TEST_CASE("An output file in a missing folder fails with the path named", "[io][output]")
{
    TempFolder dir;
    const QString target = dir.file(QStringLiteral("没有/月报.pdf"));
    const Status s = OutputFile::writeWhole(target, "x");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Io);
    CHECK(s.error().message.contains(QStringLiteral("月报.pdf")));
    CHECK(OutputFile::writeError(target, ENOSPC).message.contains(QStringLiteral("disk is full")));
}
