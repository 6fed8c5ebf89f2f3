// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProductLists.h"
#include "io/RowImporter.h"

#include <QHash>
#include <set>

namespace servicelens::org {

// Head office's product list from a CSV file (FORMATS.md `import products`): model (型号,
// required), name (名称), category (品类), launched (上市日期), aliases (别名: the other
// spellings branches use, separated by '|'). A row whose model is known updates it; columns the
// file lacks keep what the list knows; aliases are added (a spelling already another model's,
// or another model's own code, is an error naming its line and column). A head office's store
// imports it; so does a branch of its own.
class ProductImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(ProductImporter)

public:
    static const io::ImportShape &shape();

    explicit ProductImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    ProductCatalogue m_catalogue;
    QHash<QString, ProductModel> m_known; // by model code, as stored and as imported so far
    QHash<QString, QString> m_spellings;  // key of a code or alias → its model
    std::set<QString> m_seen;             // model codes earlier in the file
};

} // namespace servicelens::org
