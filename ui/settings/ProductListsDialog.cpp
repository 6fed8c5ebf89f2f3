// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductListsDialog.h"

#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "workbook/Workbook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace servicelens::ui {

using org::ProductList;

namespace {

QTableWidgetItem *number(qint64 n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fillRow(QTableWidget *table, int row, const QStringList &texts, qint64 orders, int branches)
{
    int column = 0;
    for (const QString &t : texts)
        table->setItem(row, column++, new QTableWidgetItem(t));
    table->setItem(row, column++, number(orders));
    table->setItem(row, column, number(branches));
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1)
                     : QStringLiteral("–");
}

} // namespace

ProductListsDialog::ProductListsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_location(db.location())
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("productListsDialog"));
    setWindowTitle(tr("Products and Categories"));
    resize(900, 600);
    m_summary->setObjectName(QStringLiteral("productSummary"));
    m_summary->setWordWrap(true);

    auto *mapPage = new QWidget(this);
    m_unmapped = makeListTable(mapPage, QStringLiteral("unmappedTable"),
                               {tr("Text as the branches write it"), tr("Kind"), tr("Orders"),
                                tr("Branches"), tr("Names several models")});
    m_target = new QComboBox(mapPage);
    m_target->setObjectName(QStringLiteral("mapTarget"));
    m_target->setMinimumContentsLength(28);
    m_map = new QPushButton(tr("&Map"), mapPage);
    m_map->setObjectName(QStringLiteral("mapButton"));
    auto *explain = new QLabel(
        tr("Orders keep the text their branch wrote; a mapping makes every order with this text, "
           "old and new and in every branch, count for the entry chosen."),
        mapPage);
    explain->setWordWrap(true);
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(new QLabel(tr("Map the selected text to:"), mapPage));
    mapRow->addWidget(m_target, 1);
    mapRow->addWidget(m_map);
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->addWidget(m_unmapped, 1);
    mapLayout->addWidget(explain);
    mapLayout->addLayout(mapRow);

    m_models = makeListTable(this, QStringLiteral("modelTable"),
                             {tr("Model"), tr("Name"), tr("Category"), tr("Launched"),
                              tr("Other spellings"), tr("Orders"), tr("Branches")});
    m_categories = makeListTable(
        this, QStringLiteral("categoryTable"),
        {tr("Category"), tr("English name"), tr("Other spellings"), tr("Orders"), tr("Branches")});
    for (QTableWidget *t : {m_unmapped, m_models, m_categories})
        t->setSortingEnabled(true);
    // The widest text takes the room: what the branches write, the other spellings.
    m_unmapped->horizontalHeader()->setStretchLastSection(true);
    m_models->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(mapPage, tr("To Map"));
    m_tabs->addTab(m_models, tr("Models"));
    m_tabs->addTab(m_categories, tr("Categories"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *import =
        buttons->addButton(tr("&Import Product List…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importProducts"));
    import->setToolTip(tr("A CSV file of models (型号, 名称, 品类, 上市日期, 别名): see the user "
                          "guide."));
    connect(import, &QPushButton::clicked, this, [this] { done(ImportRequested); });
    m_forget = buttons->addButton(tr("&Forget a Spelling…"), QDialogButtonBox::ActionRole);
    m_forget->setObjectName(QStringLiteral("forgetSpelling"));
    m_forget->setToolTip(tr("A spelling remembered for the selected model or category by "
                            "mistake: forgotten, its orders are listed to map again."));
    connect(m_forget, &QPushButton::clicked, this, &ProductListsDialog::chooseSpellingToForget);
    for (QTableWidget *t : {m_models, m_categories})
        connect(t, &QTableWidget::itemSelectionChanged, this, &ProductListsDialog::offerForgetting);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProductListsDialog::offerForgetting);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_unmapped, &QTableWidget::itemSelectionChanged, this,
            &ProductListsDialog::offerTargets);
    connect(m_map, &QPushButton::clicked, this, &ProductListsDialog::mapSelected);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_counting = false;
        if (std::exchange(m_countAgain, false)) {
            count();
            return;
        }
        show(m_watcher.result());
    });
    count();
}

ProductListsDialog::~ProductListsDialog()
{
    m_watcher.waitForFinished(); // the worker's connection closes before the dialog goes
}

void ProductListsDialog::count()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    m_summary->setText(tr("Counting the orders…"));
    m_map->setEnabled(false);
    m_forget->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([location = m_location]() -> Counted {
        auto store = Workbook::openForReading(location);
        if (!store)
            return store.error();
        Database &db = (*store)->database();
        auto lists = org::ProductCatalogue(db).load();
        if (!lists)
            return lists.error();
        auto usage = flow::ProductUsage::read(db, *lists);
        if (!usage)
            return usage.error();
        return std::make_pair(std::move(*lists), std::move(*usage));
    }));
}

void ProductListsDialog::waitForCounts()
{
    // Until the finished signal has shown them, not merely until the worker is done.
    while (m_counting) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // the finished signal shows them
    }
}

void ProductListsDialog::show(const Counted &counted)
{
    if (!counted) {
        m_summary->setText(counted.error().message);
        return;
    }
    m_lists = counted->first;
    m_usage = counted->second;
    m_matcher = org::ProductMatcher(m_lists);
    const flow::ProductUsage &u = m_usage;
    if (m_lists.isEmpty())
        m_summary->setText(
            tr("The lists are empty. Import head office's product list (a CSV file of models with "
               "their categories and other spellings) to see which orders each model and "
               "category has across the branches."));
    else
        m_summary->setText(
            tr("%L1 orders: %L2 name a listed model (%3 %), %L4 have no product text; %L5 have a "
               "listed category (%6 %). %L7 texts match no entry.")
                .arg(u.orders)
                .arg(u.modelMatched)
                .arg(percent(u.modelMatched, u.orders))
                .arg(u.modelBlank)
                .arg(u.categoryMatched)
                .arg(percent(u.categoryMatched, u.orders))
                .arg(static_cast<qint64>(u.unmapped.size())));
    fillUnmapped();
    fillModels();
    fillCategories();
    m_tabs->setTabText(0, tr("To Map (%L1)").arg(static_cast<qint64>(u.unmapped.size())));
    m_tabs->setTabText(1, tr("Models (%L1)").arg(static_cast<qint64>(m_lists.models.size())));
    m_tabs->setTabText(2,
                       tr("Categories (%L1)").arg(static_cast<qint64>(m_lists.categories.size())));
    offerForgetting();
}

QStringList ProductListsDialog::spellingsOf(ProductList list, const QString &target) const
{
    QStringList out;
    for (const org::ProductAlias &a : m_lists.aliases)
        if (a.list == list && a.target == target)
            out << a.spelling;
    return out;
}

void ProductListsDialog::fillUnmapped()
{
    m_unmapped->setSortingEnabled(false);
    m_unmapped->clearContents();
    m_unmapped->setRowCount(static_cast<int>(m_usage.unmapped.size()));
    for (int r = 0; r < m_unmapped->rowCount(); ++r) {
        const auto &u = m_usage.unmapped[static_cast<std::size_t>(r)];
        fillRow(m_unmapped, r,
                {u.value, u.list == ProductList::Model ? tr("Product") : tr("Category")}, u.orders,
                u.branches);
        m_unmapped->setItem(r, 4, new QTableWidgetItem(u.candidates.join(QStringLiteral(", "))));
        m_unmapped->item(r, 0)->setData(Qt::UserRole, r);
    }
    m_unmapped->setSortingEnabled(true);
    m_unmapped->sortByColumn(2, Qt::DescendingOrder);
    m_unmapped->resizeColumnsToContents();
    if (m_unmapped->rowCount() > 0)
        m_unmapped->selectRow(0);
    offerTargets();
}

void ProductListsDialog::fillModels()
{
    m_models->setSortingEnabled(false);
    m_models->clearContents();
    m_models->setRowCount(static_cast<int>(m_lists.models.size()));
    for (int r = 0; r < m_models->rowCount(); ++r) {
        const org::ProductModel &m = m_lists.models[static_cast<std::size_t>(r)];
        const auto &used = m_usage.models[static_cast<std::size_t>(r)];
        fillRow(m_models, r,
                {m.model, m.name, m.category,
                 m.launched.isValid() ? DateText::of(m.launched) : QString(),
                 spellingsOf(ProductList::Model, m.model).join(QStringLiteral(" | "))},
                used.orders, used.branches);
    }
    m_models->setSortingEnabled(true);
    m_models->resizeColumnsToContents();
}

void ProductListsDialog::fillCategories()
{
    m_categories->setSortingEnabled(false);
    m_categories->clearContents();
    m_categories->setRowCount(static_cast<int>(m_lists.categories.size()));
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        const org::ProductCategory &c = m_lists.categories[static_cast<std::size_t>(r)];
        const auto &used = m_usage.categories[static_cast<std::size_t>(r)];
        fillRow(m_categories, r,
                {c.name, c.nameEn,
                 spellingsOf(ProductList::Category, c.name).join(QStringLiteral(" | "))},
                used.orders, used.branches);
    }
    m_categories->setSortingEnabled(true);
    m_categories->resizeColumnsToContents();
}

void ProductListsDialog::offerTargets()
{
    m_target->clear();
    const int row = m_unmapped->currentRow();
    const bool any = row >= 0 && !m_unmapped->selectedItems().isEmpty();
    m_map->setEnabled(any && !m_counting);
    if (!any)
        return;
    const auto &u = m_usage.unmapped[static_cast<std::size_t>(
        m_unmapped->item(row, 0)->data(Qt::UserRole).toInt())];
    if (u.list == ProductList::Model) {
        for (const org::ProductModel &m : m_lists.models)
            m_target->addItem(m.name.isEmpty() ? m.model : tr("%1 — %2").arg(m.model, m.name),
                              m.model);
    } else {
        for (const org::ProductCategory &c : m_lists.categories)
            m_target->addItem(c.nameEn.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.nameEn),
                              c.name);
    }
    // An ambiguous text offers the first model it names; another, the entry most like it.
    const QString proposed =
        u.candidates.isEmpty() ? m_matcher.closest(u.list, u.value) : u.candidates.front();
    if (!proposed.isEmpty())
        m_target->setCurrentIndex(m_target->findData(proposed));
    m_map->setEnabled(m_target->count() > 0 && !m_counting);
}

std::optional<std::pair<ProductList, QString>> ProductListsDialog::selectedEntry() const
{
    const bool models = m_tabs->currentWidget() == m_models;
    QTableWidget *table =
        models ? m_models : (m_tabs->currentWidget() == m_categories ? m_categories : nullptr);
    if (!table || table->currentRow() < 0 || table->selectedItems().isEmpty())
        return std::nullopt;
    return std::make_pair(models ? ProductList::Model : ProductList::Category,
                          table->item(table->currentRow(), 0)->text());
}

void ProductListsDialog::offerForgetting()
{
    const auto entry = selectedEntry();
    m_forget->setEnabled(entry && !m_counting &&
                         !spellingsOf(entry->first, entry->second).isEmpty());
}

void ProductListsDialog::chooseSpellingToForget()
{
    const auto entry = selectedEntry();
    if (!entry)
        return;
    bool ok = false;
    const QString spelling = QInputDialog::getItem(
        this, tr("Forget a Spelling"),
        tr("Orders written this way will no longer count for %1:").arg(entry->second),
        spellingsOf(entry->first, entry->second), 0, false, &ok);
    if (ok)
        forgetSpelling(entry->first, spelling);
}

void ProductListsDialog::forgetSpelling(ProductList list, const QString &spelling)
{
    if (auto s = org::ProductCatalogue(m_db).forget(list, org::ProductLists::key(spelling)); !s) {
        showError(this, tr("Products and Categories"), s.error());
        return;
    }
    count();
}

void ProductListsDialog::mapSelected()
{
    const int row = m_unmapped->currentRow();
    if (row < 0 || m_target->currentIndex() < 0)
        return;
    const auto &u = m_usage.unmapped[static_cast<std::size_t>(
        m_unmapped->item(row, 0)->data(Qt::UserRole).toInt())];
    auto done = org::ProductCatalogue(m_db).remember(u.list, u.value,
                                                     m_target->currentData().toString(), true);
    if (!done) {
        showError(this, tr("Products and Categories"), done.error());
        return;
    }
    count();
}

} // namespace servicelens::ui
