// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductImporter.h"

#include "io/TimestampParser.h"

namespace servicelens::org {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { ModelCol, NameCol, CategoryCol, LaunchedCol, AliasesCol };

} // namespace

const io::ImportShape &ProductImporter::shape()
{
    static const io::ImportShape shape{
        {{"model", "型号", false, "产品型号|机型|Model|Model No|Product Model"},
         {"name", "名称", false, "产品名称|Product Name|Name"},
         {"category", "品类", false, "产品类别|类别|Category|Product Category"},
         {"launched", "上市日期", false, "上市时间|Launch Date|Launched"},
         {"aliases", "别名", true, "其他写法|Aliases|Also Written"}},
        {ModelCol},
        {QStringLiteral("product_category"), QStringLiteral("product_model"),
         QStringLiteral("product_alias")}};
    return shape;
}

ProductImporter::ProductImporter(Database &db)
    : m_catalogue(db)
{}

Status ProductImporter::prepare(const io::CsvImport &)
{
    auto lists = m_catalogue.load();
    if (!lists)
        return lists.error();
    for (const ProductModel &m : lists->models) {
        m_known.insert(m.model, m);
        m_spellings.insert(ProductLists::key(m.model), m.model);
    }
    for (const ProductAlias &a : lists->aliases)
        if (a.list == ProductList::Model)
            m_spellings.insert(a.key, a.target);
    return {};
}

Result<Outcome> ProductImporter::row(CsvImport::Row &row)
{
    ProductModel m;
    m.model = row.cell(ModelCol);
    if (m.model.isEmpty())
        row.issue(ModelCol, m.model, tr("a model code is required"));
    else if (!m_seen.insert(m.model).second)
        row.issue(ModelCol, m.model, tr("this model appears earlier in the file"));
    else if (const QString owner = m_spellings.value(ProductLists::key(m.model));
             !owner.isEmpty() && owner != m.model)
        row.issue(ModelCol, m.model, tr("this is already another spelling of model %1").arg(owner));
    m.name = row.cell(NameCol);
    m.category = row.cell(CategoryCol);
    if (const QString v = row.cell(LaunchedCol); !v.isEmpty()) {
        if (auto d = io::TimestampParser::parseDate(v))
            m.launched = *d;
        else
            row.issue(LaunchedCol, v, tr("expected a date such as 2024-03-01"));
    }
    QStringList aliases;
    for (const QString &a : row.cell(AliasesCol).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString spelling = a.trimmed();
        const QString key = ProductLists::key(spelling);
        if (key.isEmpty() || key == ProductLists::key(m.model))
            continue;
        const QString owner = m_spellings.value(key);
        if (!owner.isEmpty() && owner != m.model)
            row.issue(AliasesCol, spelling,
                      tr("“%1” is already model %2's code or spelling").arg(spelling, owner));
        else
            aliases << spelling;
    }
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    const auto known = m_known.constFind(m.model);
    const bool isNew = known == m_known.cend();
    if (!isNew) {
        // Columns the file does not have keep what the list knows.
        if (!row.has(NameCol))
            m.name = known->name;
        if (!row.has(CategoryCol))
            m.category = known->category;
        if (!row.has(LaunchedCol))
            m.launched = known->launched;
    }
    auto changed = m_catalogue.saveModel(m);
    if (!changed)
        return changed.error();
    bool aliasAdded = false;
    for (const QString &spelling : aliases) {
        auto added = m_catalogue.remember(ProductList::Model, spelling, m.model, false);
        if (!added)
            return added.error();
        aliasAdded = aliasAdded || *added;
        m_spellings.insert(ProductLists::key(spelling), m.model);
    }
    m_spellings.insert(ProductLists::key(m.model), m.model);
    m_known.insert(m.model, m);
    if (isNew)
        return Outcome::Inserted;
    return *changed || aliasAdded ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::org
