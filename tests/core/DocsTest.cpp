// SPDX-License-Identifier: GPL-3.0-or-later
// The user's documentation in docs/ kept in step with the code: every figure of the KPI
// catalogue is defined in docs/kpi.md, every column of every import in docs/formats.md, every
// link between the documents leads somewhere, and nothing points outside the project.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "demo/DemoCatalogue.h"
#include "kpi/KpiCatalogue.h"
#include "org/ProductLists.h"
#include "workbook/Importers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QString>

using namespace servicelens;

namespace {

QString projectFile(const QString &relative)
{
    QFile f(QStringLiteral(SERVICELENS_SOURCE_DIR "/") + relative);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(f.readAll());
}

// GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
QString anchorOf(const QString &heading)
{
    QString a;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c == QLatin1Char(' '))
            a += QLatin1Char('-');
        else if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            a += c;
    }
    return a;
}

} // namespace

TEST_CASE("docs/kpi.md defines every figure of the KPI catalogue", "[docs]")
{
    const QString kpi = projectFile(QStringLiteral("docs/kpi.md"));
    for (const kpi::KpiDefinition &d : kpi::KpiCatalogue::all()) {
        INFO(d.key);
        CHECK(kpi.contains(QLatin1Char('`') + QString::fromLatin1(d.key) + QLatin1Char('`')));
    }
}

TEST_CASE("docs/formats.md lists every import and each of its columns", "[docs]")
{
    const QString formats = projectFile(QStringLiteral("docs/formats.md"));
    REQUIRE(Importers::kinds().size() == 14);
    for (ImportKind kind : Importers::kinds()) {
        const QString code = Importers::code(kind);
        INFO(code.toStdString());
        CHECK(formats.contains(QStringLiteral("`import ") + code + QLatin1Char('`')));
        for (const io::CsvImport::ColumnSpec &c : Importers::columns(kind)) {
            INFO(c.name);
            // The column and its Chinese header on one row of a table (a survey's question
            // columns have no Chinese header: the code alone starts the row).
            const QString alias = QString::fromUtf8(c.alias);
            const QString start = QStringLiteral("^\\| `") +
                                  QRegularExpression::escape(QString::fromLatin1(c.name)) +
                                  QStringLiteral("` \\|");
            const QRegularExpression row(alias.isEmpty() ? start
                                                         : start + QLatin1Char(' ') +
                                                               QRegularExpression::escape(alias) +
                                                               QStringLiteral(" \\|"),
                                         QRegularExpression::MultilineOption);
            CHECK(formats.contains(row));
        }
    }
}

TEST_CASE("The documents link only to what exists inside the project", "[docs]")
{
    const QStringList documents = {QStringLiteral("README.md"), QStringLiteral("docs/kpi.md"),
                                   QStringLiteral("docs/formats.md"),
                                   QStringLiteral("docs/user-guide.md"),
                                   QStringLiteral("docs/head-office.md")};
    static const QRegularExpression link(QStringLiteral(R"(\]\(([^)#\s]*)(#[^)\s]*)?\))"));
    static const QRegularExpression heading(QStringLiteral("^#+ (.*)$"),
                                            QRegularExpression::MultilineOption);
    for (const QString &doc : documents) {
        const QString text = projectFile(doc);
        INFO(doc.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("../shared")));
        const QString folder = QFileInfo(doc).path();
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString target = m.captured(1);
            if (target.startsWith(QLatin1String("http")))
                continue;
            const QString file =
                target.isEmpty() ? doc : QDir::cleanPath(folder + QLatin1Char('/') + target);
            INFO("link to " << file.toStdString() << m.captured(2).toStdString());
            REQUIRE(QFileInfo::exists(QStringLiteral(SERVICELENS_SOURCE_DIR "/") + file));
            if (!m.captured(2).isEmpty() && file.endsWith(QLatin1String(".md"))) {
                QSet<QString> anchors;
                for (auto h = heading.globalMatch(projectFile(file)); h.hasNext();)
                    anchors.insert(anchorOf(h.next().captured(1)));
                CHECK(anchors.contains(m.captured(2).mid(1)));
            }
        }
    }
}

TEST_CASE("docs/demo-products.csv is the demo's product list and imports as it is",
          "[docs][products]")
{
    test::TempWorkbook t(QStringLiteral("总部清单.servicelens"));
    const QString file = QStringLiteral(SERVICELENS_SOURCE_DIR "/docs/demo-products.csv");
    auto imported = Importers::run(ImportKind::Products, t.db, file, {});
    REQUIRE(imported.ok());
    CHECK(imported->committed);
    CHECK(imported->rejected == 0);
    auto lists = org::ProductCatalogue(t.db).load();
    REQUIRE(lists.ok());
    QSet<QString> listed;
    for (const org::ProductModel &m : lists->models)
        listed.insert(m.model + QLatin1Char('/') + m.category);
    QSet<QString> demo;
    for (const demo::CategorySpec &c : demo::categories())
        for (const char *model : c.products)
            demo.insert(QString::fromUtf8(model) + QLatin1Char('/') + QString::fromUtf8(c.name));
    CHECK(listed == demo);
}
