// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionForm.h"

#include "ActionDialog.h"
#include "PhotoScaler.h"
#include "SectionAnswers.h"
#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/EvidenceSampler.h"
#include "inspection/TemplateRepository.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

namespace {

enum Page { PassFailPage, RatingPage, NumberPage, TextPage, PhotoPage };

QPushButton *choiceButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setAutoDefault(false);
    b->setMinimumHeight(36);
    b->setMinimumWidth(90);
    return b;
}

QString describe(const Answer &a, const TemplateItem &item)
{
    if (a.na)
        return InspectionForm::tr("N/A");
    switch (item.type) {
    case ItemType::PassFail:
        return a.passed ? (*a.passed ? InspectionForm::tr("Pass") : InspectionForm::tr("Fail"))
                        : QString();
    case ItemType::Rating5:
        return a.rating ? QStringLiteral("%1 / 5").arg(*a.rating) : QString();
    case ItemType::Number:
        return a.number ? QLocale().toString(*a.number) : QString();
    case ItemType::Text:
        return a.text.isEmpty() ? QString() : InspectionForm::tr("Noted");
    case ItemType::Photo:
        return QString();
    }
    return {};
}

} // namespace

InspectionForm::InspectionForm(Database &db, qint64 inspectionId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(inspectionId)
    , m_language(i18n::Language::effective())
    , m_tree(new QTreeWidget(this))
    , m_views(new QStackedWidget(this))
    , m_sectionView(new SectionAnswers(this))
    , m_sectionTitle(new QLabel(this))
    , m_sectionToggle(new QPushButton(tr("Whole section"), this))
    , m_section(new QLabel(this))
    , m_question(new QLabel(this))
    , m_critical(new QLabel(this))
    , m_guidance(new QLabel(this))
    , m_previousLabel(new QLabel(this))
    , m_answerStack(new QStackedWidget(this))
    , m_passGroup(new QButtonGroup(this))
    , m_ratingGroup(new QButtonGroup(this))
    , m_number(new QDoubleSpinBox(this))
    , m_range(new QLabel(this))
    , m_numberNa(choiceButton(tr("N/A (N)"), QStringLiteral("numberNa"), this))
    , m_text(new QPlainTextEdit(this))
    , m_photos(new QListWidget(this))
    , m_addPhotos(new QPushButton(tr("Add photos…"), this))
    , m_note(new QLineEdit(this))
    , m_evidence(new QPushButton(tr("Sample orders…"), this))
    , m_evidenceLabel(new QLabel(this))
    , m_action(new QPushButton(tr("Corrective action…"), this))
    , m_score(new QLabel(this))
    , m_criticalFailures(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_complete(new QPushButton(tr("Complete inspection"), this))
    , m_amend(new QPushButton(tr("Amend…"), this))
    , m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inspectionForm"));
    setSizeGripEnabled(true);
    // The chosen answer stands out: green for pass, red for fail, blue for the rest.
    setStyleSheet(QStringLiteral(
        "QPushButton:checked { background: #2f7de1; color: white; border: 1px solid #1f5fb0; }"
        "QPushButton#pass:checked { background: #2e7d32; border-color: #1b5e20; }"
        "QPushButton#fail:checked, QPushButton#rating1:checked, QPushButton#rating2:checked "
        "{ background: #c62828; border-color: #8e1c1c; }"
        "QToolButton:checked { background: #2f7de1; color: white; border: 1px solid #1f5fb0; "
        "border-radius: 3px; }"
        "QToolButton[answer=\"finding\"]:checked { background: #c62828; border-color: #8e1c1c; }"
        "QToolButton[answer=\"pass\"]:checked { background: #2e7d32; border-color: #1b5e20; }"));
    m_tree->setObjectName(QStringLiteral("itemTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Item"), tr("Answer")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setFocusPolicy(Qt::NoFocus); // keys belong to the answer
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString code = item->data(0, Qt::UserRole).toString();
        if (!code.isEmpty())
            showItem(code);
    });

    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_question->setObjectName(QStringLiteral("question"));
    m_section->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_critical->setText(tr("Critical: failing it fails the inspection"));
    m_critical->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_guidance->setWordWrap(true);
    m_guidance->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_previousLabel->setObjectName(QStringLiteral("previousFinding"));
    m_previousLabel->setWordWrap(true);

    buildAnswerPages();

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Note: what you saw"));
    connect(m_note, &QLineEdit::editingFinished, this, &InspectionForm::saveTextAndNote);
    // Enter in the note reaches keyPressEvent (QLineEdit passes it on): next item.
    m_evidence->setObjectName(QStringLiteral("sampleOrders"));
    m_evidence->setAutoDefault(false);
    m_evidence->setToolTip(tr("Pick service orders closed this month at random and keep the ones "
                              "you checked with this answer"));
    connect(m_evidence, &QPushButton::clicked, this, &InspectionForm::sampleEvidence);
    m_action->setObjectName(QStringLiteral("createAction"));
    m_action->setAutoDefault(false);
    connect(m_action, &QPushButton::clicked, this, &InspectionForm::createAction);

    auto *previousButton = new QPushButton(tr("◀ Previous"), this);
    previousButton->setAutoDefault(false);
    previousButton->setToolTip(tr("Page Up"));
    connect(previousButton, &QPushButton::clicked, this, &InspectionForm::previous);
    auto *nextButton = new QPushButton(tr("Next ▶"), this);
    nextButton->setAutoDefault(false);
    nextButton->setToolTip(tr("Enter or Page Down"));
    connect(nextButton, &QPushButton::clicked, this, &InspectionForm::next);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_section);
    rightLayout->addWidget(m_question);
    rightLayout->addWidget(m_critical);
    rightLayout->addWidget(m_guidance);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_answerStack);
    rightLayout->addWidget(m_note);
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence);
    evidenceRow->addWidget(m_evidenceLabel, 1);
    evidenceRow->addWidget(m_action);
    rightLayout->addLayout(evidenceRow);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_previousLabel);
    rightLayout->addStretch();
    auto *navRow = new QHBoxLayout;
    navRow->addWidget(previousButton);
    navRow->addStretch();
    navRow->addWidget(nextButton);
    rightLayout->addLayout(navRow);

    m_views->addWidget(right);
    m_views->addWidget(buildSectionPage());
    m_sectionToggle->setObjectName(QStringLiteral("sectionToggle"));
    m_sectionToggle->setCheckable(true);
    m_sectionToggle->setAutoDefault(false);
    m_sectionToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_sectionToggle->setToolTip(tr("Show the whole section at once, or one item at a time "
                                   "(Ctrl+L)"));
    connect(m_sectionToggle, &QPushButton::toggled, this, &InspectionForm::setSectionMode);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 670});

    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.2);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_score->setObjectName(QStringLiteral("score"));
    m_criticalFailures->setObjectName(QStringLiteral("criticalFailures"));
    m_criticalFailures->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setAutoDefault(false);
    connect(m_complete, &QPushButton::clicked, this, [this] { complete(true); });
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_amend->setAutoDefault(false);
    m_amend->setToolTip(tr("Change an answer of this completed inspection, giving the reason"));
    connect(m_amend, &QPushButton::clicked, this, &InspectionForm::beginAmendment);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    close->setToolTip(tr("Every answer is already saved"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_sectionToggle);
    bottom->addWidget(m_score);
    bottom->addWidget(m_criticalFailures, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_amend);
    bottom->addWidget(m_complete);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1100, 680);
    load();
}

// One page per item type in the answer stack, in ItemType's order: pass/fail, rating,
// number, text, photos; each saves as soon as it is answered.
void InspectionForm::buildAnswerPages()
{
    // Pass / fail / n-a.
    auto *passPage = new QWidget(this);
    auto *passRow = new QHBoxLayout(passPage);
    passRow->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QString> passChoices[] = {{tr("Pass (P)"), QStringLiteral("pass")},
                                                       {tr("Fail (F)"), QStringLiteral("fail")},
                                                       {tr("N/A (N)"), QStringLiteral("na")}};
    int id = 0;
    for (const auto &[text, name] : passChoices) {
        auto *b = choiceButton(text, name, passPage);
        m_passGroup->addButton(b, id++);
        passRow->addWidget(b);
    }
    passRow->addStretch();
    connect(m_passGroup, &QButtonGroup::idClicked, this, [this](int which) {
        answerPassFail(which == 2 ? std::nullopt : std::optional<bool>(which == 0));
    });
    // Ratings.
    auto *ratingPage = new QWidget(this);
    auto *ratingRow = new QHBoxLayout(ratingPage);
    ratingRow->setContentsMargins(0, 0, 0, 0);
    for (int r = 1; r <= 5; ++r) {
        auto *b = choiceButton(QString::number(r), QStringLiteral("rating%1").arg(r), ratingPage);
        b->setMinimumWidth(44);
        m_ratingGroup->addButton(b, r);
        ratingRow->addWidget(b);
    }
    auto *ratingNa = choiceButton(tr("N/A (N)"), QStringLiteral("ratingNa"), ratingPage);
    m_ratingGroup->addButton(ratingNa, 0);
    ratingRow->addWidget(ratingNa);
    ratingRow->addStretch();
    connect(m_ratingGroup, &QButtonGroup::idClicked, this, &InspectionForm::answerRating);
    // Numbers.
    auto *numberPage = new QWidget(this);
    auto *numberRow = new QHBoxLayout(numberPage);
    numberRow->setContentsMargins(0, 0, 0, 0);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(-1e9, 1e9);
    m_number->setDecimals(1);
    m_number->setKeyboardTracking(false);
    m_number->setMinimumWidth(120);
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_range);
    numberRow->addWidget(m_numberNa);
    numberRow->addStretch();
    connect(m_number, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_loading && m_number->hasAcceptableInput())
            answerNumber(m_number->value());
    });
    connect(m_numberNa, &QPushButton::clicked, this, [this] {
        Answer a = currentAnswer();
        a.na = true;
        a.number.reset();
        save(a);
    });
    // Text and photos.
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(800);
    connect(m_textTimer, &QTimer::timeout, this, &InspectionForm::saveTextAndNote);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_textTimer->start();
    });
    auto *photoPage = new QWidget(this);
    auto *photoLayout = new QVBoxLayout(photoPage);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    m_photos->setObjectName(QStringLiteral("photos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(120, 120));
    m_photos->setMinimumHeight(150);
    m_addPhotos->setObjectName(QStringLiteral("addPhotos"));
    m_addPhotos->setAutoDefault(false);
    connect(m_addPhotos, &QPushButton::clicked, this, &InspectionForm::addPhotos);
    m_photos->setToolTip(tr("Double-click to see a photo; Delete removes it from a draft"));
    connect(m_photos, &QListWidget::itemActivated, this, [this](QListWidgetItem *entry) {
        auto image = InspectionRepository(m_db).photoImage(entry->data(Qt::UserRole).toLongLong());
        if (!image)
            return showError(this, tr("Photo"), image.error());
        QDialog viewer(this);
        viewer.setWindowTitle(entry->text());
        auto *label = new QLabel(&viewer);
        const QPixmap pixmap = QPixmap::fromImage(QImage::fromData(*image));
        label->setPixmap(pixmap.scaled(QSize(1000, 700).boundedTo(pixmap.size()),
                                       Qt::KeepAspectRatio, Qt::SmoothTransformation));
        auto *layout = new QVBoxLayout(&viewer);
        layout->addWidget(label);
        viewer.exec();
    });
    auto *removePhoto = new QShortcut(QKeySequence::Delete, m_photos);
    removePhoto->setContext(Qt::WidgetShortcut);
    connect(removePhoto, &QShortcut::activated, this, [this] {
        QListWidgetItem *entry = m_photos->currentItem();
        if (!entry || m_inspection.status != InspectionStatus::Draft)
            return;
        if (auto s = InspectionRepository(m_db).removePhoto(entry->data(Qt::UserRole).toLongLong());
            !s)
            return showError(this, tr("Photo"), s.error());
        showAnswer();
        emit changed();
    });
    photoLayout->addWidget(m_addPhotos, 0, Qt::AlignLeft);
    photoLayout->addWidget(m_photos);
    m_answerStack->addWidget(passPage);
    m_answerStack->addWidget(ratingPage);
    m_answerStack->addWidget(numberPage);
    m_answerStack->addWidget(m_text);
    m_answerStack->addWidget(photoPage);
    m_answerStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

// The whole section at once, for those who prefer it to one item at a time.
QWidget *InspectionForm::buildSectionPage()
{
    auto *sectionPage = new QWidget(this);
    auto *sectionLayout = new QVBoxLayout(sectionPage);
    QFont sectionFont = m_sectionTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.35);
    sectionFont.setBold(true);
    m_sectionTitle->setFont(sectionFont);
    auto *scroll = new QScrollArea(sectionPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_sectionView);
    auto *previousSection = new QPushButton(tr("◀ Previous section"), sectionPage);
    auto *nextSection = new QPushButton(tr("Next section ▶"), sectionPage);
    for (QPushButton *b : {previousSection, nextSection})
        b->setAutoDefault(false);
    connect(previousSection, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(nextSection, &QPushButton::clicked, this, [this] { moveSection(1); });
    auto *sectionNav = new QHBoxLayout;
    sectionNav->addWidget(previousSection);
    sectionNav->addStretch();
    sectionNav->addWidget(nextSection);
    sectionLayout->addWidget(m_sectionTitle);
    sectionLayout->addWidget(scroll, 1);
    sectionLayout->addLayout(sectionNav);
    connect(m_sectionView, &SectionAnswers::answered, this, [this](const Answer &a) {
        save(a);
        refreshTree();
    });
    return sectionPage;
}

void InspectionForm::load()
{
    InspectionRepository repo(m_db);
    auto found = repo.findById(m_id);
    if (!found || !*found) {
        showError(this, tr("Inspection"),
                  found ? makeError(ErrorKind::NotFound, tr("The inspection no longer exists."))
                        : found.error());
        return;
    }
    m_inspection = **found;
    auto t = TemplateRepository(m_db).byId(m_inspection.templateId);
    if (!t || !*t) {
        showError(this, tr("Inspection"),
                  t ? makeError(ErrorKind::NotFound, tr("No template.")) : t.error());
        return;
    }
    m_template = std::move(**t);
    if (auto branch = BranchRepository(m_db).findById(m_inspection.branchId); branch && *branch)
        m_zone = (*branch)->timeZone;
    auto answers = repo.answers(m_id);
    if (answers)
        m_answers = std::move(*answers);
    auto previous = repo.previousFindings(m_inspection);
    if (previous)
        m_previous = std::move(*previous);
    m_order.clear();
    for (const TemplateSection &s : m_template.sections)
        for (const TemplateItem &i : s.items)
            m_order.push_back(&i);
    const QLocale locale;
    setWindowTitle(tr("%1 — %2 (version %3)")
                       .arg(m_template.name.in(m_language),
                            locale.toString(localTime().localDateTime(m_inspection.startedAt),
                                            QLocale::ShortFormat))
                       .arg(m_template.version));
    buildTree();
    // Resume where the inspector stopped: the first item without an answer.
    m_index = 0;
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const Answer a = [&] {
            for (const Answer &x : m_answers)
                if (x.itemCode == m_order[i]->code)
                    return x;
            return Answer();
        }();
        if (!a.answers(m_order[i]->type) && m_order[i]->type != ItemType::Photo) {
            m_index = static_cast<int>(i);
            break;
        }
    }
    showAnswer();
    updateScore();
}

LocalTime InspectionForm::localTime() const
{
    return LocalTime::inZone(m_zone);
}

QString InspectionForm::itemTitle(const TemplateItem &item) const
{
    return item.text.in(m_language);
}

void InspectionForm::buildTree()
{
    m_tree->clear();
    for (const TemplateSection &s : m_template.sections) {
        auto *section = new QTreeWidgetItem(m_tree, {s.title.in(m_language)});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(false);
        for (const TemplateItem &i : s.items) {
            auto *child = new QTreeWidgetItem(section, {itemTitle(i)});
            child->setData(0, Qt::UserRole, i.code);
            child->setToolTip(0, itemTitle(i));
        }
        section->setExpanded(true);
    }
    refreshTree();
}

void InspectionForm::refreshTree()
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int c = 0; c < section->childCount(); ++c) {
            QTreeWidgetItem *child = section->child(c);
            const TemplateItem *item = m_template.item(child->data(0, Qt::UserRole).toString());
            const Answer *a = nullptr;
            for (const Answer &x : m_answers)
                if (x.itemCode == item->code)
                    a = &x;
            QString text = a ? describe(*a, *item) : QString();
            const bool finding = Scoring::isFinding(*item, a);
            const PreviousFinding before = m_previous.value(item->code);
            if (finding && before.finding)
                text += QLatin1Char(' ') + tr("(repeat)");
            child->setText(1, text);
            child->setForeground(1, finding ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        }
    }
    if (m_index >= 0 && m_index < static_cast<int>(m_order.size()))
        for (int s = 0; s < m_tree->topLevelItemCount(); ++s)
            for (int c = 0; c < m_tree->topLevelItem(s)->childCount(); ++c) {
                QTreeWidgetItem *child = m_tree->topLevelItem(s)->child(c);
                if (child->data(0, Qt::UserRole).toString() == m_order[m_index]->code)
                    m_tree->setCurrentItem(child);
            }
}

const TemplateItem *InspectionForm::currentItem() const
{
    if (m_index < 0 || m_index >= static_cast<int>(m_order.size()))
        return nullptr;
    return m_order[static_cast<std::size_t>(m_index)];
}

Answer InspectionForm::currentAnswer() const
{
    const TemplateItem *item = currentItem();
    Answer a;
    if (!item)
        return a;
    for (const Answer &x : m_answers)
        if (x.itemCode == item->code)
            a = x;
    a.itemCode = item->code;
    a.itemId = item->id;
    return a;
}

QString InspectionForm::currentItemCode() const
{
    const TemplateItem *item = currentItem();
    return item ? item->code : QString();
}

bool InspectionForm::editable() const
{
    return m_inspection.status == InspectionStatus::Draft || !m_amendReason.isEmpty();
}

void InspectionForm::showAnswer()
{
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    m_loading = true;
    const TemplateSection *section = m_template.sectionOf(item->code);
    m_section->setText(tr("%1 · item %2 of %3")
                           .arg(section ? section->title.in(m_language) : QString())
                           .arg(m_index + 1)
                           .arg(m_order.size()));
    m_question->setText(itemTitle(*item));
    m_critical->setVisible(item->critical);
    const QString guidance = item->guidance.in(m_language);
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
    const Answer a = currentAnswer();

    switch (item->type) {
    case ItemType::PassFail: {
        m_answerStack->setCurrentIndex(PassFailPage);
        m_passGroup->setExclusive(false);
        for (QAbstractButton *b : m_passGroup->buttons())
            b->setChecked(false);
        m_passGroup->setExclusive(true);
        if (a.na)
            m_passGroup->button(2)->setChecked(true);
        else if (a.passed)
            m_passGroup->button(*a.passed ? 0 : 1)->setChecked(true);
        break;
    }
    case ItemType::Rating5:
        m_answerStack->setCurrentIndex(RatingPage);
        m_ratingGroup->setExclusive(false);
        for (QAbstractButton *b : m_ratingGroup->buttons())
            b->setChecked(false);
        m_ratingGroup->setExclusive(true);
        if (a.na)
            m_ratingGroup->button(0)->setChecked(true);
        else if (a.rating)
            m_ratingGroup->button(*a.rating)->setChecked(true);
        break;
    case ItemType::Number: {
        m_answerStack->setCurrentIndex(NumberPage);
        m_number->setValue(a.number.value_or(item->min.value_or(0)));
        m_numberNa->setChecked(a.na);
        const QLocale locale;
        QString range;
        if (item->min && item->max)
            range = tr("Accepted: %1 to %2")
                        .arg(locale.toString(*item->min), locale.toString(*item->max));
        else if (item->min)
            range = tr("Accepted: %1 or more").arg(locale.toString(*item->min));
        else if (item->max)
            range = tr("Accepted: up to %1").arg(locale.toString(*item->max));
        m_range->setText(a.number ? range : tr("%1 · not answered yet").arg(range));
        break;
    }
    case ItemType::Text:
        m_answerStack->setCurrentIndex(TextPage);
        m_text->setPlainText(a.text);
        break;
    case ItemType::Photo: {
        m_answerStack->setCurrentIndex(PhotoPage);
        m_photos->clear();
        auto photos = InspectionRepository(m_db).photos(m_id);
        if (photos)
            for (const PhotoInfo &p : *photos)
                if (p.itemId == item->id) {
                    auto *entry = new QListWidgetItem(
                        QIcon(QPixmap::fromImage(QImage::fromData(p.thumbnail))), p.fileName,
                        m_photos);
                    entry->setData(Qt::UserRole, p.id);
                }
        break;
    }
    }
    // Only the page shown counts for the size, so the note sits right under the answer.
    for (int p = 0; p < m_answerStack->count(); ++p)
        m_answerStack->widget(p)->setSizePolicy(
            p == m_answerStack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            p == m_answerStack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_answerStack->adjustSize();
    m_note->setText(a.note);

    // What the previous inspection found for this item.
    const auto previous = m_previous.constFind(item->code);
    if (previous == m_previous.constEnd()) {
        m_previousLabel->setText(m_previous.isEmpty()
                                     ? tr("No earlier inspection of this template to compare.")
                                     : tr("Last inspection: not answered."));
        m_previousLabel->setStyleSheet(QString());
    } else {
        const QLocale locale;
        QString text = tr("Last inspection (%1): %2")
                           .arg(locale.toString(localTime().localDate(previous->completedAt),
                                                QLocale::ShortFormat),
                                describe(previous->answer, *item));
        if (!previous->answer.note.isEmpty())
            text += QStringLiteral(" — ") + previous->answer.note;
        const bool repeat = previous->finding && Scoring::isFinding(*item, &a);
        if (repeat)
            text += QStringLiteral("\n") + tr("Repeat finding: it failed last time too.");
        m_previousLabel->setText(text);
        m_previousLabel->setStyleSheet(previous->finding ? QStringLiteral("color: #c62828;")
                                                         : QString());
    }
    auto evidence = InspectionRepository(m_db).evidence(m_id, item->id);
    const int linked = evidence ? static_cast<int>(evidence->size()) : 0;
    m_evidenceLabel->setText(linked ? tr("%n order(s) kept as evidence", nullptr, linked)
                                    : QString());
    const bool canEdit = editable();
    m_answerStack->setEnabled(canEdit);
    m_note->setReadOnly(!canEdit);
    m_addPhotos->setEnabled(m_inspection.status == InspectionStatus::Draft);
    // A completed inspection shows the orders kept; a draft samples more.
    const bool draft = m_inspection.status == InspectionStatus::Draft;
    m_evidence->setText(draft ? tr("Sample orders…") : tr("Evidence…"));
    m_evidence->setEnabled(draft || linked > 0);
    m_action->setEnabled(Scoring::isFinding(*item, &a));
    refreshTree();
    m_loading = false;
    if (m_sectionMode) {
        showSectionView();
        return;
    }
    if (canEdit) {
        if (item->type == ItemType::Number)
            m_number->setFocus();
        else if (item->type == ItemType::Text)
            m_text->setFocus();
        else
            m_answerStack->currentWidget()->setFocus();
    }
}

void InspectionForm::updateScore()
{
    const ScoreResult r = Scoring::score(m_template, m_answers);
    const QLocale locale;
    int scoredItems = 0;
    for (const TemplateItem *i : m_order)
        scoredItems += i->scored() ? 1 : 0;
    m_score->setText(scoreText());
    m_score->setStyleSheet(
        r.score ? (r.passed ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"))
                : QString());
    QStringList critical;
    for (const QString &code : r.failedCritical)
        if (const TemplateItem *i = m_template.item(code))
            critical << itemTitle(*i);
    m_criticalFailures->setText(
        critical.isEmpty() ? QString() : tr("Critical failure: %1").arg(critical.join(tr("; "))));
    m_progress->setText(tr("%1 of %2 answered").arg(scoredItems - r.unanswered).arg(scoredItems));
    const bool draft = m_inspection.status == InspectionStatus::Draft;
    m_complete->setVisible(draft);
    m_amend->setVisible(!draft);
    m_amend->setEnabled(m_amendReason.isEmpty());
}

QString InspectionForm::scoreText() const
{
    const ScoreResult r = Scoring::score(m_template, m_answers);
    const QLocale locale;
    if (!r.score)
        return tr("Score: — (pass at %1)").arg(locale.toString(m_template.passScore));
    const QString verdict = r.passed ? tr("passes") : tr("fails");
    return tr("Score: %1 (pass at %2) · %3")
        .arg(locale.toString(*r.score, 'f', 1), locale.toString(m_template.passScore), verdict);
}

void InspectionForm::save(Answer answer)
{
    if (!editable())
        return;
    InspectionRepository repo(m_db);
    answer.answeredAt = m_db.clock().nowSecsSinceEpoch();
    if (!m_amendReason.isEmpty()) {
        auto r = repo.amend(m_id, answer, m_amendReason);
        if (!r) {
            showError(this, tr("Amend inspection"), r.error());
            return;
        }
        if (auto found = repo.findById(m_id); found && *found)
            m_inspection = **found;
    } else if (auto s = repo.saveAnswer(m_id, answer); !s) {
        showError(this, tr("Save answer"), s.error());
        return;
    }
    if (auto answers = repo.answers(m_id))
        m_answers = std::move(*answers);
    updateScore();
    emit changed();
}

void InspectionForm::saveTextAndNote()
{
    if (m_loading || !editable())
        return;
    m_textTimer->stop();
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    Answer a = currentAnswer();
    const QString text = item->type == ItemType::Text ? m_text->toPlainText() : a.text;
    if (text == a.text && m_note->text() == a.note)
        return;
    a.text = text;
    a.note = m_note->text();
    save(a);
    refreshTree();
}

void InspectionForm::answerPassFail(std::optional<bool> passed)
{
    const TemplateItem *item = currentItem();
    if (!item || item->type != ItemType::PassFail || !editable())
        return;
    Answer a = currentAnswer();
    a.na = !passed.has_value();
    a.passed = passed;
    a.note = m_note->text();
    save(a);
    showAnswer();
    noteFindings();
}

void InspectionForm::answerRating(int rating)
{
    const TemplateItem *item = currentItem();
    if (!item || item->type != ItemType::Rating5 || !editable())
        return;
    Answer a = currentAnswer();
    a.na = rating == 0;
    a.rating = rating == 0 ? std::nullopt : std::optional<int>(rating);
    a.note = m_note->text();
    save(a);
    showAnswer();
    noteFindings();
}

void InspectionForm::noteFindings()
{
    // A finding wants a word on what was seen: the note takes the keys, Enter moves on.
    const Answer a = currentAnswer();
    if (const TemplateItem *item = currentItem(); item && Scoring::isFinding(*item, &a))
        m_note->setFocus();
}

void InspectionForm::answerNumber(double value)
{
    const TemplateItem *item = currentItem();
    if (!item || item->type != ItemType::Number || !editable())
        return;
    Answer a = currentAnswer();
    if (!a.na && a.number && *a.number == value)
        return;
    a.na = false;
    a.number = value;
    a.note = m_note->text();
    save(a);
    showAnswer();
}

void InspectionForm::showItem(const QString &code)
{
    saveTextAndNote();
    for (std::size_t i = 0; i < m_order.size(); ++i)
        if (m_order[i]->code == code)
            m_index = static_cast<int>(i);
    showAnswer();
}

void InspectionForm::setSectionMode(bool on)
{
    saveTextAndNote();
    m_sectionMode = on;
    if (m_sectionToggle->isChecked() != on)
        m_sectionToggle->setChecked(on);
    m_views->setCurrentIndex(on ? 1 : 0);
    showAnswer();
}

void InspectionForm::showSectionView()
{
    const TemplateItem *item = currentItem();
    const TemplateSection *section = item ? m_template.sectionOf(item->code) : nullptr;
    if (!section)
        return;
    m_sectionTitle->setText(section->title.in(m_language));
    m_sectionView->showSection(*section, m_answers, m_language, editable());
}

void InspectionForm::moveSection(int step)
{
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    const TemplateSection *section = m_template.sectionOf(item->code);
    int s = 0;
    for (std::size_t i = 0; i < m_template.sections.size(); ++i)
        if (&m_template.sections[i] == section)
            s = static_cast<int>(i);
    s = std::clamp(s + step, 0, static_cast<int>(m_template.sections.size()) - 1);
    const auto &target = m_template.sections[static_cast<std::size_t>(s)];
    if (!target.items.empty())
        showItem(target.items.front().code);
}

void InspectionForm::next()
{
    if (m_sectionMode) {
        moveSection(1);
        return;
    }
    if (const TemplateItem *item = currentItem();
        item && item->type == ItemType::Number && m_number->hasFocus() && editable())
        answerNumber(m_number->value());
    saveTextAndNote();
    if (m_index + 1 < static_cast<int>(m_order.size())) {
        ++m_index;
        showAnswer();
    } else if (m_inspection.status == InspectionStatus::Draft) {
        m_complete->setFocus();
    }
}

void InspectionForm::previous()
{
    if (m_sectionMode) {
        moveSection(-1);
        return;
    }
    saveTextAndNote();
    if (m_index > 0) {
        --m_index;
        showAnswer();
    }
}

void InspectionForm::keyPressEvent(QKeyEvent *event)
{
    QWidget *focus = focusWidget();
    const bool typing = qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) ||
                        qobject_cast<QDoubleSpinBox *>(focus) ||
                        (focus && qobject_cast<QLineEdit *>(focus->parentWidget()));
    const TemplateItem *item = currentItem();
    switch (event->key()) {
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // In the section view Enter confirms a field; the buttons move between sections.
        if (!qobject_cast<QPlainTextEdit *>(focus) && !m_sectionMode) {
            next();
            return;
        }
        break;
    default:
        break;
    }
    if (!typing && item && editable() && !m_sectionMode) {
        const int key = event->key();
        if (item->type == ItemType::PassFail &&
            (key == Qt::Key_P || key == Qt::Key_F || key == Qt::Key_N)) {
            answerPassFail(key == Qt::Key_N ? std::nullopt : std::optional<bool>(key == Qt::Key_P));
            return;
        }
        if (item->type == ItemType::Rating5 &&
            ((key >= Qt::Key_1 && key <= Qt::Key_5) || key == Qt::Key_N)) {
            answerRating(key == Qt::Key_N ? 0 : key - Qt::Key_0);
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void InspectionForm::addPhotos()
{
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)"));
    InspectionRepository repo(m_db);
    for (const QString &file : files) {
        QString error;
        auto scaled = scalePhoto(file, &error);
        if (!scaled) {
            showError(this, tr("Add photos"), makeError(ErrorKind::InvalidInput, error));
            continue;
        }
        if (auto s = repo.addPhoto(m_id, item->id, QFileInfo(file).fileName(), scaled->image,
                                   scaled->thumbnail);
            !s) {
            showError(this, tr("Add photos"), s.error());
            return;
        }
    }
    if (!files.isEmpty())
        emit changed();
    showAnswer();
}

void InspectionForm::sampleEvidence()
{
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    const LocalTime local = localTime();
    EvidenceSampler sampler(m_db);
    auto kept = InspectionRepository(m_db).evidence(m_id, item->id);
    std::vector<qint64> ids = kept ? *kept : std::vector<qint64>();
    const bool draft = m_inspection.status == InspectionStatus::Draft;
    // A draft samples more (the rule is the sampler's); a completed inspection shows its own.
    const auto sample =
        draft ? sampler.forInspection(m_inspection.branchId, local, m_inspection.startedAt,
                                      m_db.clock().nowSecsSinceEpoch(), ids)
              : sampler.byIds(ids);
    if (!sample) {
        showError(this, tr("Sample orders"), sample.error());
        return;
    }

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sampleDialog"));
    dialog.setWindowTitle(tr("Orders to check"));
    auto *table = new QTableWidget(static_cast<int>(sample->size()), 5, &dialog);
    table->setObjectName(QStringLiteral("sampleTable"));
    table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Closed"), tr("Category"), tr("Product"), tr("Technician")});
    const QLocale locale;
    for (int r = 0; r < static_cast<int>(sample->size()); ++r) {
        const EvidenceOrder &o = (*sample)[static_cast<std::size_t>(r)];
        auto *order = new QTableWidgetItem(o.orderNo);
        if (draft) {
            order->setFlags(order->flags() | Qt::ItemIsUserCheckable);
            order->setCheckState(
                std::find(ids.begin(), ids.end(), o.id) != ids.end() ? Qt::Checked : Qt::Unchecked);
        }
        order->setData(Qt::UserRole, o.id);
        table->setItem(r, 0, order);
        table->setItem(r, 1,
                       new QTableWidgetItem(
                           locale.toString(local.localDateTime(o.closedAt), QLocale::ShortFormat)));
        table->setItem(r, 2, new QTableWidgetItem(o.category));
        table->setItem(r, 3, new QTableWidgetItem(o.product));
        table->setItem(r, 4, new QTableWidgetItem(o.technician));
    }
    table->resizeColumnsToContents();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *lead = new QLabel(draft ? tr("Ten orders closed in the period, chosen at random. Tick "
                                       "the ones you checked to keep them with this answer.")
                                  : tr("The orders checked for this answer."),
                            &dialog);
    lead->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(draft ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                               : QDialogButtonBox::Close,
                                         &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(lead);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(680, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int r = 0; r < table->rowCount(); ++r) {
        const qint64 id = table->item(r, 0)->data(Qt::UserRole).toLongLong();
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
        if (table->item(r, 0)->checkState() == Qt::Checked)
            ids.push_back(id);
    }
    if (auto s = InspectionRepository(m_db).setEvidence(m_id, item->id, ids); !s)
        showError(this, tr("Sample orders"), s.error());
    showAnswer();
}

void InspectionForm::createAction()
{
    const TemplateItem *item = currentItem();
    if (!item)
        return;
    const Answer a = currentAnswer();
    CorrectiveAction action;
    action.branchId = m_inspection.branchId;
    action.source = ActionSource::Inspection;
    action.inspectionId = m_id;
    action.itemId = item->id;
    action.description = a.note.isEmpty() ? itemTitle(*item)
                                          : QStringLiteral("%1: %2").arg(itemTitle(*item), a.note);
    action.priority = item->critical ? flow::Priority::Urgent : flow::Priority::Normal;
    action.due =
        localTime().localDate(m_db.clock().nowSecsSinceEpoch()).addDays(item->critical ? 3 : 7);
    ActionDialog dialog(m_db, action, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

bool InspectionForm::beginAmendment()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Amend inspection"),
        tr("This inspection is completed and locked. Why must it change? The reason is kept with "
           "the change."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return false;
    m_amendReason = reason.trimmed();
    updateScore();
    showAnswer();
    return true;
}

bool InspectionForm::complete(bool askFirst)
{
    saveTextAndNote();
    const ScoreResult r = Scoring::score(m_template, m_answers);
    if (askFirst && r.unanswered > 0 &&
        QMessageBox::question(this, tr("Complete inspection"),
                              tr("%n scored item(s) have no answer; they will not count in the "
                                 "score. Complete the inspection anyway?",
                                 nullptr, r.unanswered)) != QMessageBox::Yes)
        return false;
    auto result = InspectionRepository(m_db).complete(m_id, m_db.clock().nowSecsSinceEpoch());
    if (!result) {
        showError(this, tr("Complete inspection"), result.error());
        return false;
    }
    if (auto found = InspectionRepository(m_db).findById(m_id); found && *found)
        m_inspection = **found;
    updateScore();
    showAnswer();
    emit changed();
    return true;
}

} // namespace servicelens::ui
