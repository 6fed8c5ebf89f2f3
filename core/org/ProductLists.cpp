// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductLists.h"

#include "NamedEntry.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::org {

namespace {

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QJsonObject ProductCategory::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("name_en"), nameEn}};
}

QJsonObject ProductModel::toJson() const
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("name"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("launched"),
             launched.isValid() ? launched.toString(Qt::ISODate) : QJsonValue()}};
}

QJsonObject ProductAlias::toJson() const
{
    return {{QStringLiteral("list"), ProductLists::listCode(list)},
            {QStringLiteral("spelling"), spelling},
            {QStringLiteral("target"), target},
            {QStringLiteral("source"),
             confirmed ? QStringLiteral("confirmed") : QStringLiteral("file")}};
}

QString ProductLists::key(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    // Separators branches leave out or add at will: KFR-35GW, KFR35GW and KFR 35GW are one.
    static const QString separators = QStringLiteral("-_/.\u00B7");
    for (const QChar c : folded)
        if (!c.isSpace() && !separators.contains(c))
            out.append(c);
    return out;
}

QString ProductLists::listCode(ProductList list)
{
    return list == ProductList::Model ? QStringLiteral("model") : QStringLiteral("category");
}

Result<ProductLists> ProductCatalogue::load() const
{
    ProductLists lists;
    SqlQuery categories(m_db, QStringLiteral("SELECT id, uid, name, name_en FROM "
                                             "product_category ORDER BY name"));
    if (auto s = categories.exec(); !s)
        return s.error();
    while (categories.next())
        lists.categories.push_back({categories.value(0).toLongLong(),
                                    categories.value(1).toString(), categories.value(2).toString(),
                                    categories.value(3).toString()});
    SqlQuery models(m_db, QStringLiteral("SELECT id, uid, model, name, category, launched FROM "
                                         "product_model ORDER BY model"));
    if (auto s = models.exec(); !s)
        return s.error();
    while (models.next())
        lists.models.push_back({models.value(0).toLongLong(), models.value(1).toString(),
                                models.value(2).toString(), models.value(3).toString(),
                                models.value(4).toString(),
                                QDate::fromString(models.value(5).toString(), Qt::ISODate)});
    SqlQuery aliases(m_db, QStringLiteral("SELECT list, key, spelling, target, source FROM "
                                          "product_alias ORDER BY list, key"));
    if (auto s = aliases.exec(); !s)
        return s.error();
    while (aliases.next())
        lists.aliases.push_back(
            {aliases.value(0).toString() == QLatin1String("model") ? ProductList::Model
                                                                   : ProductList::Category,
             aliases.value(1).toString(), aliases.value(2).toString(), aliases.value(3).toString(),
             aliases.value(4).toString() == QLatin1String("confirmed")});
    return lists;
}

Result<bool> ProductCatalogue::saveCategory(const ProductCategory &category)
{
    const QString name = category.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A product category needs a name."));
    return saveNamedEntry(m_db, "product_category", name, category.nameEn.trimmed());
}

Result<bool> ProductCatalogue::saveModel(const ProductModel &model)
{
    ProductModel after = model;
    after.model = model.model.trimmed();
    after.name = model.name.trimmed();
    after.category = model.category.trimmed();
    if (after.model.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A product model needs its model code."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // A model's category is added to the list when new; a known one keeps its English name.
    if (!after.category.isEmpty()) {
        SqlQuery known(m_db, QStringLiteral("SELECT 1 FROM product_category WHERE name = :name"));
        known.bind(QStringLiteral(":name"), after.category);
        auto found = known.scalar();
        if (!found)
            return found.error();
        if (!found->isValid())
            if (auto s = saveCategory({0, {}, after.category, {}}); !s)
                return s.error();
    }
    SqlQuery find(m_db, QStringLiteral("SELECT id, uid, name, category, launched FROM "
                                       "product_model WHERE model = :model"));
    find.bind(QStringLiteral(":model"), after.model);
    if (auto s = find.exec(); !s)
        return s.error();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (find.next()) {
        const ProductModel before{find.value(0).toLongLong(),
                                  find.value(1).toString(),
                                  after.model,
                                  find.value(2).toString(),
                                  find.value(3).toString(),
                                  QDate::fromString(find.value(4).toString(), Qt::ISODate)};
        after.id = before.id;
        after.uid = before.uid;
        if (before.toJson() == after.toJson())
            return false;
        SqlQuery q(m_db, QStringLiteral("UPDATE product_model SET name = :name, category = "
                                        ":category, launched = :launched, updated_at = :now "
                                        "WHERE id = :id"));
        q.bind(QStringLiteral(":name"), after.name)
            .bind(QStringLiteral(":category"), after.category)
            .bind(QStringLiteral(":launched"), dateValue(after.launched))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), after.id);
        if (auto s = audited(q, m_db, AuditLog::Action::Update, QStringLiteral("product_model"),
                             before.uid, before.toJson(), after.toJson());
            !s)
            return s.error();
    } else {
        after.uid = m_db.uids().next();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO product_model (uid, model, name, category, "
                                        "launched, created_at, updated_at) VALUES (:uid, "
                                        ":model, :name, :category, :launched, :now, :now)"));
        q.bind(QStringLiteral(":uid"), after.uid)
            .bind(QStringLiteral(":model"), after.model)
            .bind(QStringLiteral(":name"), after.name)
            .bind(QStringLiteral(":category"), after.category)
            .bind(QStringLiteral(":launched"), dateValue(after.launched))
            .bind(QStringLiteral(":now"), now);
        if (auto s = audited(q, m_db, AuditLog::Action::Insert, QStringLiteral("product_model"),
                             after.uid, {}, after.toJson());
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<bool> ProductCatalogue::isEntry(ProductList list, const QString &key) const
{
    // The lists are short (hundreds of models): compared in memory, by key.
    SqlQuery q(m_db, list == ProductList::Model
                         ? QStringLiteral("SELECT model FROM product_model")
                         : QStringLiteral("SELECT name FROM product_category UNION ALL SELECT "
                                          "name_en FROM product_category"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next())
        if (ProductLists::key(q.value(0).toString()) == key)
            return true;
    return false;
}

Result<bool> ProductCatalogue::remember(ProductList list, const QString &spelling,
                                        const QString &target, bool confirmed)
{
    const QString key = ProductLists::key(spelling);
    if (key.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("An empty text cannot be remembered."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    SqlQuery exists(m_db, list == ProductList::Model
                              ? QStringLiteral("SELECT 1 FROM product_model WHERE model = :t")
                              : QStringLiteral("SELECT 1 FROM product_category WHERE name = :t"));
    exists.bind(QStringLiteral(":t"), target);
    auto found = exists.scalar();
    if (!found)
        return found.error();
    if (!found->isValid())
        return makeError(ErrorKind::NotFound,
                         list == ProductList::Model
                             ? tr("There is no product model “%1” in the list.").arg(target)
                             : tr("There is no product category “%1” in the list.").arg(target));
    // A products file's spellings are checked by its importer, against the whole file.
    auto own = confirmed ? isEntry(list, key) : Result<bool>(false);
    if (!own)
        return own.error();
    if (*own)
        return makeError(ErrorKind::Conflict,
                         tr("“%1” is a code or name of the list itself, not another spelling.")
                             .arg(spelling.trimmed()));
    auto old = aliasOf(list, key);
    if (!old)
        return old.error();
    const ProductAlias after{list, key, spelling.trimmed(), target, confirmed};
    const QString uid = ProductLists::listCode(list) + QLatin1Char(':') + key;
    if (old->has_value()) {
        const ProductAlias &before = **old;
        if (before.target == target)
            return false;
        if (!confirmed)
            return makeError(ErrorKind::Conflict, tr("“%1” is already another spelling of %2.")
                                                      .arg(spelling.trimmed(), before.target));
        SqlQuery q(m_db, QStringLiteral("UPDATE product_alias SET target = :target, source = "
                                        "'confirmed' WHERE list = :list AND key = :key"));
        q.bind(QStringLiteral(":target"), target)
            .bind(QStringLiteral(":list"), ProductLists::listCode(list))
            .bind(QStringLiteral(":key"), key);
        if (auto s = audited(q, m_db, AuditLog::Action::Update, QStringLiteral("product_alias"),
                             uid, before.toJson(), after.toJson());
            !s)
            return s.error();
    } else {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO product_alias (list, key, spelling, target, "
                                        "source, created_at) VALUES (:list, :key, :spelling, "
                                        ":target, :source, :now)"));
        q.bind(QStringLiteral(":list"), ProductLists::listCode(list))
            .bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":spelling"), after.spelling)
            .bind(QStringLiteral(":target"), target)
            .bind(QStringLiteral(":source"),
                  confirmed ? QStringLiteral("confirmed") : QStringLiteral("file"))
            .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
        if (auto s = audited(q, m_db, AuditLog::Action::Insert, QStringLiteral("product_alias"),
                             uid, {}, after.toJson());
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<std::optional<ProductAlias>> ProductCatalogue::aliasOf(ProductList list,
                                                              const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT spelling, target, source FROM product_alias WHERE "
                                    "list = :list AND key = :key"));
    q.bind(QStringLiteral(":list"), ProductLists::listCode(list)).bind(QStringLiteral(":key"), key);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<ProductAlias>();
    return std::optional<ProductAlias>(
        ProductAlias{list, key, q.value(0).toString(), q.value(1).toString(),
                     q.value(2).toString() == QLatin1String("confirmed")});
}

Status ProductCatalogue::forget(ProductList list, const QString &key)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = aliasOf(list, key);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorKind::NotFound, tr("That spelling is no longer remembered."));
    SqlQuery q(m_db, QStringLiteral("DELETE FROM product_alias WHERE list = :list AND key = :key"));
    q.bind(QStringLiteral(":list"), ProductLists::listCode(list)).bind(QStringLiteral(":key"), key);
    if (auto s =
            audited(q, m_db, AuditLog::Action::Delete, QStringLiteral("product_alias"),
                    ProductLists::listCode(list) + QLatin1Char(':') + key, (*before)->toJson(), {});
        !s)
        return s;
    return tx.commit();
}

} // namespace servicelens::org
