// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::org {

// Head office's lists (DESIGN.md, "Head office"; FORMATS.md, `import products`): product
// categories by name, product models by code, and the other spellings branches write for them.
struct ProductCategory {
    qint64 id = 0;
    QString uid;
    QString name;   // as head office writes it: 洗衣机
    QString nameEn; // optional: Washing machine

    QJsonObject toJson() const;
};

struct ProductModel {
    qint64 id = 0;
    QString uid;
    QString model;    // 型号, the code: EG100HB108
    QString name;     // 名称
    QString category; // a category's name, or empty
    QDate launched;   // invalid when unknown

    QJsonObject toJson() const;
};

enum class ProductList { Model, Category };

struct ProductAlias {
    ProductList list = ProductList::Model;
    QString key;            // ProductLists::key(spelling)
    QString spelling;       // as first written
    QString target;         // the model's code or the category's name
    bool confirmed = false; // mapped by a user (else from a products file)

    QJsonObject toJson() const;
};

struct ProductLists {
    std::vector<ProductCategory> categories;
    std::vector<ProductModel> models;
    std::vector<ProductAlias> aliases;

    bool isEmpty() const { return categories.empty() && models.empty(); }

    // What a text is compared by: Unicode NFKC (full-width letters and digits as ASCII),
    // case folded, without white space and the separators - _ / . ·. "ｘｑｂ８０ ", "XQB80" and
    // "xqb-80" have one key.
    static QString key(const QString &text);
    static QString listCode(ProductList list); // "model", "category"
};

// The lists in a workbook or store, read and changed with an audit record for every change.
class ProductCatalogue final {
    Q_DECLARE_TR_FUNCTIONS(ProductCatalogue)

public:
    explicit ProductCatalogue(Database &db)
        : m_db(db)
    {}

    Result<ProductLists> load() const;

    // Categories and models by name and code: a new one is added, a known one updated.
    // Returns whether anything changed.
    Result<bool> saveCategory(const ProductCategory &category);
    Result<bool> saveModel(const ProductModel &model);

    // A spelling of a list entry remembered: from a products file or mapped by a user. A
    // spelling whose key is an entry's own code or name, or already another entry's, is refused
    // (a file's) or moved to the new target (a user's mapping, the earlier one in the audit).
    Result<bool> remember(ProductList list, const QString &spelling, const QString &target,
                          bool confirmed);
    Status forget(ProductList list, const QString &key);

private:
    Result<bool> isEntry(ProductList list, const QString &key) const;
    Result<std::optional<ProductAlias>> aliasOf(ProductList list, const QString &key) const;

    Database &m_db;
};

} // namespace servicelens::org
