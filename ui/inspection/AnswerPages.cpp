// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerPages.h"

#include "PhotoScaler.h"
#include "inspection/InspectionWorkflow.h"
#include "widgets/ErrorMessage.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

namespace {

// In ItemType's order.
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

void uncheckAll(QButtonGroup *group)
{
    group->setExclusive(false);
    for (QAbstractButton *b : group->buttons())
        b->setChecked(false);
    group->setExclusive(true);
}

} // namespace

AnswerPages::AnswerPages(Database &db, QWidget *parent)
    : QStackedWidget(parent)
    , m_db(db)
    , m_passGroup(new QButtonGroup(this))
    , m_ratingGroup(new QButtonGroup(this))
    , m_number(new QDoubleSpinBox(this))
    , m_range(new QLabel(this))
    , m_numberNa(choiceButton(tr("N/A (N)"), QStringLiteral("numberNa"), this))
    , m_text(new QPlainTextEdit(this))
    , m_textTimer(new QTimer(this))
    , m_photos(new QListWidget(this))
    , m_addPhotos(new QPushButton(tr("Add photos…"), this))
{
    addWidget(buildPassFailPage());
    addWidget(buildRatingPage());
    addWidget(buildNumberPage());
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(800);
    connect(m_textTimer, &QTimer::timeout, this, &AnswerPages::textSettled);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_textTimer->start();
    });
    addWidget(m_text);
    addWidget(buildPhotoPage());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

QWidget *AnswerPages::buildPassFailPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QString> choices[] = {{tr("Pass (P)"), QStringLiteral("pass")},
                                                   {tr("Fail (F)"), QStringLiteral("fail")},
                                                   {tr("N/A (N)"), QStringLiteral("na")}};
    int id = 0;
    for (const auto &[text, name] : choices) {
        auto *b = choiceButton(text, name, page);
        m_passGroup->addButton(b, id++);
        row->addWidget(b);
    }
    row->addStretch();
    connect(m_passGroup, &QButtonGroup::idClicked, this, [this](int which) {
        emit passFailChosen(which == 2 ? std::nullopt : std::optional<bool>(which == 0));
    });
    return page;
}

QWidget *AnswerPages::buildRatingPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    for (int r = 1; r <= 5; ++r) {
        auto *b = choiceButton(QString::number(r), QStringLiteral("rating%1").arg(r), page);
        b->setMinimumWidth(44);
        m_ratingGroup->addButton(b, r);
        row->addWidget(b);
    }
    auto *na = choiceButton(tr("N/A (N)"), QStringLiteral("ratingNa"), page);
    m_ratingGroup->addButton(na, 0);
    row->addWidget(na);
    row->addStretch();
    connect(m_ratingGroup, &QButtonGroup::idClicked, this, &AnswerPages::ratingChosen);
    return page;
}

QWidget *AnswerPages::buildNumberPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(-1e9, 1e9);
    m_number->setDecimals(1);
    m_number->setKeyboardTracking(false);
    m_number->setMinimumWidth(120);
    row->addWidget(m_number);
    row->addWidget(m_range);
    row->addWidget(m_numberNa);
    row->addStretch();
    connect(m_number, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_loading && m_number->hasAcceptableInput())
            emit numberEntered(m_number->value());
    });
    connect(m_numberNa, &QPushButton::clicked, this, &AnswerPages::numberNotApplicable);
    return page;
}

QWidget *AnswerPages::buildPhotoPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_photos->setObjectName(QStringLiteral("photos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(120, 120));
    m_photos->setMinimumHeight(150);
    m_photos->setToolTip(tr("Double-click to see a photo; Delete removes it from a draft"));
    connect(m_photos, &QListWidget::itemActivated, this, &AnswerPages::viewPhoto);
    auto *remove = new QShortcut(QKeySequence::Delete, m_photos);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AnswerPages::removePhoto);
    m_addPhotos->setObjectName(QStringLiteral("addPhotos"));
    m_addPhotos->setAutoDefault(false);
    connect(m_addPhotos, &QPushButton::clicked, this, &AnswerPages::addPhotos);
    layout->addWidget(m_addPhotos, 0, Qt::AlignLeft);
    layout->addWidget(m_photos);
    return page;
}

void AnswerPages::show(qint64 inspectionId, const TemplateItem &item, const Answer &a, bool draft)
{
    m_loading = true;
    m_inspectionId = inspectionId;
    m_itemId = item.id;
    m_draft = draft;
    switch (item.type) {
    case ItemType::PassFail:
        setCurrentIndex(PassFailPage);
        uncheckAll(m_passGroup);
        if (a.na)
            m_passGroup->button(2)->setChecked(true);
        else if (a.passed)
            m_passGroup->button(*a.passed ? 0 : 1)->setChecked(true);
        break;
    case ItemType::Rating5:
        setCurrentIndex(RatingPage);
        uncheckAll(m_ratingGroup);
        if (a.na)
            m_ratingGroup->button(0)->setChecked(true);
        else if (a.rating)
            m_ratingGroup->button(*a.rating)->setChecked(true);
        break;
    case ItemType::Number: {
        setCurrentIndex(NumberPage);
        m_number->setValue(a.number.value_or(item.min.value_or(0)));
        m_numberNa->setChecked(a.na);
        const QLocale locale;
        QString range;
        if (item.min && item.max)
            range = tr("Accepted: %1 to %2")
                        .arg(locale.toString(*item.min), locale.toString(*item.max));
        else if (item.min)
            range = tr("Accepted: %1 or more").arg(locale.toString(*item.min));
        else if (item.max)
            range = tr("Accepted: up to %1").arg(locale.toString(*item.max));
        m_range->setText(a.number ? range : tr("%1 · not answered yet").arg(range));
        break;
    }
    case ItemType::Text:
        setCurrentIndex(TextPage);
        m_text->setPlainText(a.text);
        break;
    case ItemType::Photo:
        setCurrentIndex(PhotoPage);
        showPhotos(item.id);
        break;
    }
    // Only the page shown counts for the size, so what follows sits right under the answer.
    for (int p = 0; p < count(); ++p)
        widget(p)->setSizePolicy(
            p == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            p == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    adjustSize();
    m_addPhotos->setEnabled(draft);
    m_loading = false;
}

void AnswerPages::focusAnswer(ItemType type)
{
    if (type == ItemType::Number)
        m_number->setFocus();
    else if (type == ItemType::Text)
        m_text->setFocus();
    else
        currentWidget()->setFocus();
}

QString AnswerPages::settledText()
{
    m_textTimer->stop();
    return m_text->toPlainText();
}

std::optional<double> AnswerPages::numberBeingTyped() const
{
    if (currentIndex() != NumberPage || !m_number->hasFocus())
        return std::nullopt;
    return m_number->value();
}

QString AnswerPages::describe(const Answer &a, const TemplateItem &item)
{
    if (a.na)
        return tr("N/A");
    switch (item.type) {
    case ItemType::PassFail:
        return a.passed ? (*a.passed ? tr("Pass") : tr("Fail")) : QString();
    case ItemType::Rating5:
        return a.rating ? QStringLiteral("%1 / 5").arg(*a.rating) : QString();
    case ItemType::Number:
        return a.number ? QLocale().toString(*a.number) : QString();
    case ItemType::Text:
        return a.text.isEmpty() ? QString() : tr("Noted");
    case ItemType::Photo:
        return QString();
    }
    return {};
}

void AnswerPages::showPhotos(qint64 itemId)
{
    m_photos->clear();
    auto photos = InspectionRepository(m_db).photos(m_inspectionId);
    if (!photos)
        return;
    for (const PhotoInfo &p : *photos)
        if (p.itemId == itemId) {
            auto *entry = new QListWidgetItem(
                QIcon(QPixmap::fromImage(QImage::fromData(p.thumbnail))), p.fileName, m_photos);
            entry->setData(Qt::UserRole, p.id);
        }
}

void AnswerPages::addPhotos()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)"));
    InspectionWorkflow repo(m_db);
    for (const QString &file : files) {
        QString error;
        auto scaled = scalePhoto(file, &error);
        if (!scaled) {
            showError(this, tr("Add photos"), makeError(ErrorKind::InvalidInput, error));
            continue;
        }
        if (auto s = repo.addPhoto(m_inspectionId, m_itemId, QFileInfo(file).fileName(),
                                   scaled->image, scaled->thumbnail);
            !s) {
            showError(this, tr("Add photos"), s.error());
            break;
        }
    }
    showPhotos(m_itemId);
    if (!files.isEmpty())
        emit photosChanged();
}

void AnswerPages::viewPhoto(QListWidgetItem *entry)
{
    auto image = InspectionRepository(m_db).photoImage(entry->data(Qt::UserRole).toLongLong());
    if (!image)
        return showError(this, tr("Photo"), image.error());
    QDialog viewer(this);
    viewer.setWindowTitle(entry->text());
    auto *label = new QLabel(&viewer);
    const QPixmap pixmap = QPixmap::fromImage(QImage::fromData(*image));
    label->setPixmap(pixmap.scaled(QSize(1000, 700).boundedTo(pixmap.size()), Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation));
    auto *layout = new QVBoxLayout(&viewer);
    layout->addWidget(label);
    viewer.exec();
}

void AnswerPages::removePhoto()
{
    QListWidgetItem *entry = m_photos->currentItem();
    if (!entry || !m_draft)
        return;
    if (auto s = InspectionWorkflow(m_db).removePhoto(entry->data(Qt::UserRole).toLongLong()); !s)
        return showError(this, tr("Photo"), s.error());
    showPhotos(m_itemId);
    emit photosChanged();
}

} // namespace servicelens::ui
