// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductFields.h"

#include "widgets/Palette.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

namespace servicelens::ui {

namespace {

org::ProductLists listsOf(Database &db)
{
    auto lists = org::ProductCatalogue(db).load();
    return lists ? std::move(*lists) : org::ProductLists{};
}

QCompleter *completerOf(const QStringList &entries, QObject *parent)
{
    auto *completer = new QCompleter(entries, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

ProductFields::ProductFields(Database &db, QLineEdit *category, QLineEdit *product, QLabel *note,
                             QObject *parent)
    : QObject(parent)
    , m_lists(listsOf(db))
    , m_matcher(m_lists)
    , m_category(category)
    , m_product(product)
    , m_note(note)
{
    m_note->setObjectName(QStringLiteral("productNote"));
    m_note->setWordWrap(true);
    if (m_lists.isEmpty()) {
        m_note->hide();
        return;
    }
    QStringList models;
    for (const org::ProductModel &m : m_lists.models)
        models << m.model;
    QStringList categories;
    for (const org::ProductCategory &c : m_lists.categories)
        categories << c.name;
    m_product->setCompleter(completerOf(models, m_product));
    m_category->setCompleter(completerOf(categories, m_category));
    connect(m_product, &QLineEdit::textChanged, this, &ProductFields::describe);
    // A model chosen or typed whole gives an empty category its own.
    connect(m_product, &QLineEdit::editingFinished, this, [this] {
        if (!m_category->text().trimmed().isEmpty())
            return;
        const org::ProductMatch c = m_matcher.categoryOf(m_product->text(), {});
        if (c.matched())
            m_category->setText(c.target);
    });
    describe();
}

void ProductFields::describe()
{
    if (m_lists.isEmpty())
        return;
    const org::ProductMatch m = m_matcher.model(m_product->text());
    QString text;
    QColor colour = palette::muted;
    switch (m.how) {
    case org::MatchHow::Blank:
        break;
    case org::MatchHow::Exact:
    case org::MatchHow::Alias:
    case org::MatchHow::Code: {
        const QString category = m_matcher.categoryOfModel(m.target);
        text = category.isEmpty() ? tr("Counts as model %1").arg(m.target)
                                  : tr("Counts as model %1 · %2").arg(m.target, category);
        break;
    }
    case org::MatchHow::Ambiguous:
        text = tr("Names several models of the list (%1): head office will ask which")
                   .arg(m.candidates.join(QStringLiteral(", ")));
        colour = palette::open;
        break;
    case org::MatchHow::Unmatched:
        text = tr("Not in the product list: head office maps it to a model");
        colour = palette::open;
        break;
    }
    m_note->setText(text);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
    m_note->setVisible(!text.isEmpty());
}

} // namespace servicelens::ui
