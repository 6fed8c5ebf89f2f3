// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditor.h"

#include "i18n/Language.h"
#include "inspection/TemplateRepository.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

namespace {

constexpr int KindRole = Qt::UserRole;      // 0 section, 1 item
constexpr int IndexRole = Qt::UserRole + 1; // into m_sections / m_items

QPlainTextEdit *shortText(QWidget *parent, const QString &name)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(60);
    return e;
}

// Keeps the tree's shape while dragging: sections stay at the top level, items go inside
// sections.
class TemplateTree final : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidgetItem *moving = currentItem();
        QTreeWidgetItem *target = itemAt(event->position().toPoint());
        const DropIndicatorPosition where = dropIndicatorPosition();
        const bool section = moving && moving->data(0, KindRole).toInt() == 0;
        const bool ontoSection = target && target->data(0, KindRole).toInt() == 0;
        const bool allowed = section ? (where != OnItem && (!target || !target->parent()))
                                     : (target && (ontoSection ? where == OnItem : true));
        if (!allowed) {
            event->ignore();
            return;
        }
        QTreeWidget::dropEvent(event);
    }
};

std::optional<double> optionalNumber(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const double v = QLocale().toDouble(text.trimmed(), ok);
    if (!*ok) {
        const double c = QLocale::c().toDouble(text.trimmed(), ok);
        return *ok ? std::optional<double>(c) : std::nullopt;
    }
    return v;
}

} // namespace

TemplateEditor::TemplateEditor(Database &db, InspectionTemplate t, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_template(std::move(t))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_frequency(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_passScore(new QDoubleSpinBox(this))
    , m_tree(new TemplateTree(this))
    , m_detail(new QStackedWidget(this))
    , m_sectionTitle(new QLineEdit(this))
    , m_sectionTitleZh(new QLineEdit(this))
    , m_itemCode(new QLineEdit(this))
    , m_itemType(new QComboBox(this))
    , m_itemText(shortText(this, QStringLiteral("itemText")))
    , m_itemTextZh(shortText(this, QStringLiteral("itemTextZh")))
    , m_guidance(shortText(this, QStringLiteral("guidance")))
    , m_guidanceZh(shortText(this, QStringLiteral("guidanceZh")))
    , m_weight(new QDoubleSpinBox(this))
    , m_critical(new QCheckBox(tr("Critical: failing it fails the inspection"), this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(m_template.id ? tr("Edit template") : tr("New template"));
    setSizeGripEnabled(true);
    m_code->setObjectName(QStringLiteral("templateCode"));
    m_code->setReadOnly(m_template.id != 0); // the code names the template across versions
    m_name->setObjectName(QStringLiteral("templateName"));
    m_nameZh->setObjectName(QStringLiteral("templateNameZh"));
    for (Frequency f : allFrequencies)
        m_frequency->addItem(InspectionNames::label(f), static_cast<int>(f));
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (TemplateKind k : {TemplateKind::Branch, TemplateKind::Maintenance})
        m_kind->addItem(InspectionNames::label(k), static_cast<int>(k));
    m_kind->setToolTip(tr("A maintenance checklist is filled with an equipment maintenance (the "
                          "Equipment page) and kept out of the branch's inspection figures."));
    m_passScore->setRange(0, 100);
    m_passScore->setDecimals(1);
    m_passScore->setObjectName(QStringLiteral("passScore"));
    for (ItemType type : allItemTypes)
        m_itemType->addItem(InspectionNames::label(type), static_cast<int>(type));
    m_itemType->setObjectName(QStringLiteral("itemType"));
    m_itemCode->setObjectName(QStringLiteral("itemCode"));
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_sectionTitleZh->setObjectName(QStringLiteral("sectionTitleZh"));
    m_weight->setRange(0, 100);
    m_weight->setDecimals(1);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_critical->setObjectName(QStringLiteral("critical"));
    m_min->setPlaceholderText(tr("no minimum"));
    m_max->setPlaceholderText(tr("no maximum"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setHeaderLabels({tr("Sections and items"), tr("Type"), tr("Weight")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *now, QTreeWidgetItem *before) {
                if (before)
                    storeNode(before);
                showNode(now);
            });

    auto *sectionPage = new QWidget(this);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("Title (English):"), m_sectionTitle);
    sectionForm->addRow(tr("Title (Chinese):"), m_sectionTitleZh);
    auto *itemPage = new QWidget(this);
    auto *itemForm = new QFormLayout(itemPage);
    itemForm->addRow(tr("Code:"), m_itemCode);
    itemForm->addRow(tr("Type:"), m_itemType);
    itemForm->addRow(tr("Question (English):"), m_itemText);
    itemForm->addRow(tr("Question (Chinese):"), m_itemTextZh);
    itemForm->addRow(tr("Guidance (English):"), m_guidance);
    itemForm->addRow(tr("Guidance (Chinese):"), m_guidanceZh);
    itemForm->addRow(tr("Weight:"), m_weight);
    itemForm->addRow(QString(), m_critical);
    auto *range = new QHBoxLayout;
    range->addWidget(m_min);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_max);
    itemForm->addRow(tr("Accepted range:"), range);
    m_detail->addWidget(new QLabel(tr("Choose a section or an item to edit it."), this));
    m_detail->addWidget(sectionPage);
    m_detail->addWidget(itemPage);
    connect(m_itemType, &QComboBox::currentIndexChanged, this, [this] {
        const auto type = static_cast<ItemType>(m_itemType->currentData().toInt());
        m_min->setEnabled(type == ItemType::Number);
        m_max->setEnabled(type == ItemType::Number);
    });

    auto *addSectionButton = new QPushButton(tr("Add section"), this);
    auto *addItemButton = new QPushButton(tr("Add item"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    auto *previewButton = new QPushButton(tr("Preview…"), this);
    auto *upButton = new QPushButton(tr("Move up"), this);
    auto *downButton = new QPushButton(tr("Move down"), this);
    upButton->setObjectName(QStringLiteral("moveUp"));
    downButton->setObjectName(QStringLiteral("moveDown"));
    upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    downButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    upButton->setToolTip(tr("Alt+Up (or drag with the mouse)"));
    downButton->setToolTip(tr("Alt+Down (or drag with the mouse)"));
    connect(upButton, &QPushButton::clicked, this, [this] { moveNode(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveNode(1); });
    addItemButton->setObjectName(QStringLiteral("addItem"));
    for (QPushButton *b :
         {addSectionButton, addItemButton, removeButton, previewButton, upButton, downButton})
        b->setAutoDefault(false);
    connect(addSectionButton, &QPushButton::clicked, this, [this] { addSection(); });
    connect(addItemButton, &QPushButton::clicked, this, [this] { addItem(); });
    connect(removeButton, &QPushButton::clicked, this, &TemplateEditor::removeNode);
    connect(previewButton, &QPushButton::clicked, this, &TemplateEditor::preview);

    auto *head = new QFormLayout;
    head->addRow(tr("Code:"), m_code);
    head->addRow(tr("Name (English):"), m_name);
    head->addRow(tr("Name (Chinese):"), m_nameZh);
    head->addRow(tr("Kind:"), m_kind);
    auto *settings = new QHBoxLayout;
    settings->addWidget(m_frequency);
    settings->addWidget(new QLabel(tr("Pass score:"), this));
    settings->addWidget(m_passScore);
    settings->addStretch();
    head->addRow(tr("Frequency:"), settings);
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *b : {addSectionButton, addItemButton, removeButton, upButton, downButton})
        treeButtons->addWidget(b);
    treeButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree);
    leftLayout->addLayout(treeButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(previewButton, QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 680);
    load();
}

void TemplateEditor::load()
{
    m_loading = true;
    const QString language = i18n::Language::effective();
    m_code->setText(m_template.code);
    m_name->setText(m_template.name.en);
    m_nameZh->setText(m_template.name.zh);
    m_frequency->setCurrentIndex(m_frequency->findData(static_cast<int>(m_template.frequency)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_template.kind)));
    m_passScore->setValue(m_template.passScore);
    m_tree->clear();
    m_items.clear();
    m_sections.clear();
    for (const TemplateSection &s : m_template.sections) {
        auto *section = new QTreeWidgetItem(m_tree, {s.title.in(language)});
        section->setData(0, KindRole, 0);
        section->setData(0, IndexRole, static_cast<int>(m_sections.size()));
        section->setFlags(section->flags() | Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled);
        m_sections.push_back(s.title);
        for (const TemplateItem &i : s.items) {
            auto *item =
                new QTreeWidgetItem(section, {i.text.in(language), InspectionNames::label(i.type),
                                              QLocale().toString(i.weight)});
            item->setData(0, KindRole, 1);
            item->setData(0, IndexRole, static_cast<int>(m_items.size()));
            item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
            m_items.push_back(i);
        }
        section->setExpanded(true);
    }
    m_loading = false;
    showNode(nullptr);
}

void TemplateEditor::showNode(QTreeWidgetItem *node)
{
    m_current = node;
    m_loading = true;
    if (!node) {
        m_detail->setCurrentIndex(0);
    } else if (node->data(0, KindRole).toInt() == 0) {
        const BilingualText &t = m_sections[node->data(0, IndexRole).toUInt()];
        m_sectionTitle->setText(t.en);
        m_sectionTitleZh->setText(t.zh);
        m_detail->setCurrentIndex(1);
    } else {
        const TemplateItem &i = m_items[node->data(0, IndexRole).toUInt()];
        m_itemCode->setText(i.code);
        m_itemType->setCurrentIndex(m_itemType->findData(static_cast<int>(i.type)));
        m_itemText->setPlainText(i.text.en);
        m_itemTextZh->setPlainText(i.text.zh);
        m_guidance->setPlainText(i.guidance.en);
        m_guidanceZh->setPlainText(i.guidance.zh);
        m_weight->setValue(i.weight);
        m_critical->setChecked(i.critical);
        m_min->setText(i.min ? QLocale().toString(*i.min) : QString());
        m_max->setText(i.max ? QLocale().toString(*i.max) : QString());
        m_detail->setCurrentIndex(2);
    }
    m_loading = false;
}

void TemplateEditor::storeNode(QTreeWidgetItem *node)
{
    if (!node || m_loading)
        return;
    const QString language = i18n::Language::effective();
    if (node->data(0, KindRole).toInt() == 0) {
        BilingualText &t = m_sections[node->data(0, IndexRole).toUInt()];
        t.en = m_sectionTitle->text().trimmed();
        t.zh = m_sectionTitleZh->text().trimmed();
        node->setText(0, t.in(language));
        return;
    }
    TemplateItem &i = m_items[node->data(0, IndexRole).toUInt()];
    i.code = m_itemCode->text().trimmed();
    i.type = static_cast<ItemType>(m_itemType->currentData().toInt());
    i.text = {m_itemText->toPlainText().trimmed(), m_itemTextZh->toPlainText().trimmed()};
    i.guidance = {m_guidance->toPlainText().trimmed(), m_guidanceZh->toPlainText().trimmed()};
    i.weight = m_weight->value();
    i.critical = m_critical->isChecked();
    bool ok = true;
    i.min = optionalNumber(m_min->text(), &ok);
    i.max = optionalNumber(m_max->text(), &ok);
    if (i.type != ItemType::Number) {
        i.min.reset();
        i.max.reset();
    }
    node->setText(0, i.text.in(language));
    node->setText(1, InspectionNames::label(i.type));
    node->setText(2, QLocale().toString(i.weight));
}

QTreeWidgetItem *TemplateEditor::addSection()
{
    storeNode(m_current);
    auto *section = new QTreeWidgetItem(m_tree, {tr("New section")});
    section->setData(0, KindRole, 0);
    section->setData(0, IndexRole, static_cast<int>(m_sections.size()));
    section->setFlags(section->flags() | Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled);
    m_sections.push_back({tr("New section"), QString()});
    m_tree->setCurrentItem(section);
    m_sectionTitle->setFocus();
    m_sectionTitle->selectAll();
    return section;
}

QTreeWidgetItem *TemplateEditor::addItem()
{
    storeNode(m_current);
    QTreeWidgetItem *section = m_current;
    if (section && section->data(0, KindRole).toInt() == 1)
        section = section->parent();
    if (!section)
        section = m_tree->topLevelItemCount()
                      ? m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)
                      : addSection();
    TemplateItem i;
    i.code = QStringLiteral("item%1").arg(m_items.size() + 1);
    i.text.en = tr("New question");
    auto *item = new QTreeWidgetItem(
        section, {i.text.en, InspectionNames::label(i.type), QLocale().toString(i.weight)});
    item->setData(0, KindRole, 1);
    item->setData(0, IndexRole, static_cast<int>(m_items.size()));
    item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
    m_items.push_back(i);
    section->setExpanded(true);
    m_tree->setCurrentItem(item);
    m_itemCode->setFocus();
    m_itemCode->selectAll();
    return item;
}

void TemplateEditor::moveNode(int step)
{
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    storeNode(node);
    QTreeWidgetItem *parent = node->parent();
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int from = parent ? parent->indexOfChild(node) : m_tree->indexOfTopLevelItem(node);
    const int to = from + step;
    if (to < 0 || to >= count)
        return;
    const bool expanded = node->isExpanded();
    m_current = nullptr; // stored above; the form keeps showing it
    if (parent) {
        parent->takeChild(from);
        parent->insertChild(to, node);
    } else {
        m_tree->takeTopLevelItem(from);
        m_tree->insertTopLevelItem(to, node);
    }
    node->setExpanded(expanded);
    m_tree->setCurrentItem(node);
}

void TemplateEditor::removeNode()
{
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    m_current = nullptr; // its edits go with it
    delete node;
    showNode(m_tree->currentItem());
}

Result<InspectionTemplate> TemplateEditor::edited() const
{
    const_cast<TemplateEditor *>(this)->storeNode(m_current);
    InspectionTemplate t = m_template;
    t.code = m_code->text().trimmed();
    t.name = {m_name->text().trimmed(), m_nameZh->text().trimmed()};
    t.frequency = static_cast<Frequency>(m_frequency->currentData().toInt());
    t.kind = static_cast<TemplateKind>(m_kind->currentData().toInt());
    t.passScore = m_passScore->value();
    t.sections.clear();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *node = m_tree->topLevelItem(s);
        if (node->data(0, KindRole).toInt() != 0)
            return makeError(ErrorKind::InvalidInput,
                             tr("“%1” is an item: put it inside a section.").arg(node->text(0)));
        TemplateSection section;
        section.title = m_sections[node->data(0, IndexRole).toUInt()];
        for (int c = 0; c < node->childCount(); ++c) {
            TemplateItem item = m_items[node->child(c)->data(0, IndexRole).toUInt()];
            item.id = 0;
            section.items.push_back(item);
        }
        t.sections.push_back(std::move(section));
    }
    if (auto s = TemplateValidator::validate(t); !s)
        return s.error();
    return t;
}

void TemplateEditor::preview()
{
    auto t = edited();
    if (!t) {
        m_error->setText(t.error().message);
        m_error->show();
        return;
    }
    const QString language = i18n::Language::effective();
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(t->name.in(language).toHtmlEscaped(), tr("Passes at %1; %2 items.")
                                                           .arg(QLocale().toString(t->passScore))
                                                           .arg(t->itemCount()));
    for (const TemplateSection &s : t->sections) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(s.title.in(language).toHtmlEscaped());
        for (const TemplateItem &i : s.items) {
            html += QStringLiteral("<li><b>%1</b> <small>(%2, %3%4)</small>")
                        .arg(i.text.in(language).toHtmlEscaped(), InspectionNames::label(i.type),
                             tr("weight %1").arg(QLocale().toString(i.weight)),
                             i.critical ? QStringLiteral(", <span style='color:%1'>%2</span>")
                                              .arg(palette::problem.name(), tr("critical"))
                                        : QString());
            if (!i.guidance.in(language).isEmpty())
                html +=
                    QStringLiteral("<br><i>%1</i>").arg(i.guidance.in(language).toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preview"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setHtml(html);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(640, 720);
    dialog.exec();
}

void TemplateEditor::accept()
{
    auto t = edited();
    if (!t) {
        m_error->setText(t.error().message);
        m_error->show();
        return;
    }
    auto saved = TemplateRepository(m_db).save(*t);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_template = *t;
    if (*saved == TemplateRepository::Saved::NewVersion)
        QMessageBox::information(this, tr("Template saved"),
                                 tr("Inspections already use the earlier version, so this was "
                                    "saved as version %1. Those inspections keep theirs.")
                                     .arg(m_template.version));
    QDialog::accept();
}

} // namespace servicelens::ui
