// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderCasesTab.h"

#include "CaseDialog.h"
#include "CaseWords.h"

#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace servicelens::ui {

using knowledge::CaseHit;
using knowledge::CaseStatus;
using knowledge::ServiceCase;

namespace {

QString steps(const QString &fix)
{
    QStringList items;
    for (const QString &line : fix.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        items << QStringLiteral("<li>%1</li>").arg(line.trimmed().toHtmlEscaped());
    return items.isEmpty() ? QString() : QStringLiteral("<ol>%1</ol>").arg(items.join(QString()));
}

} // namespace

OrderCasesTab::OrderCasesTab(Database &db, std::function<knowledge::OrderClues()> clues,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_library(db)
    , m_clues(std::move(clues))
{
    setObjectName(QStringLiteral("orderCasesTab"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search the case library (漏水, 不制冷, E30…)"));
    m_search->setClearButtonEnabled(true);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_list = makeListTable(this, QStringLiteral("caseList"),
                           {tr("Case"), tr("Status"), tr("Fault code")});
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("caseText"));
    m_use = new QPushButton(tr("&Used on This Order"), this);
    m_use->setObjectName(QStringLiteral("caseUse"));
    m_use->setToolTip(tr("Record that this case solved (or guided) this order's repair"));
    m_open = new QPushButton(tr("&Edit Case…"), this);
    m_saveAsCase = new QPushButton(tr("Save Order as &Case…"), this);
    m_saveAsCase->setObjectName(QStringLiteral("saveAsCase"));
    m_saveAsCase->setToolTip(tr("A new draft case written from this closed order"));
    m_used = new QLabel(this);
    m_used->setObjectName(QStringLiteral("casesUsed"));
    m_used->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_saveAsCase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_text, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_used);

    connect(m_search, &QLineEdit::textChanged, this, &OrderCasesTab::refresh);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &OrderCasesTab::showChosen);
    connect(m_use, &QPushButton::clicked, this, &OrderCasesTab::recordUse);
    connect(m_saveAsCase, &QPushButton::clicked, this, &OrderCasesTab::saveAsCase);
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto c = m_library.find(chosenId());
        if (!c || !*c)
            return;
        CaseDialog dialog(m_db, **c, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
}

void OrderCasesTab::setOrder(const flow::ServiceOrder &order)
{
    m_order = order;
    m_saveAsCase->setEnabled(order.id > 0 && order.times.closed.has_value());
    refresh();
    showUsed();
}

void OrderCasesTab::refresh()
{
    const QString words = m_search->text().trimmed();
    Result<std::vector<CaseHit>> hits =
        words.isEmpty() ? m_library.suggest(m_clues()) : m_library.search(words);
    if (!hits) {
        showError(this, tr("Cases"), hits.error());
        return;
    }
    m_hits = std::move(*hits);
    if (words.isEmpty()) {
        m_suggested = int(m_hits.size());
        m_heading->setText(m_hits.empty()
                               ? tr("No approved case fits this order's fault code, model or "
                                    "description yet. Search the library by words above.")
                               : tr("Approved cases that fit this order (its fault code, its model "
                                    "and the words of its description), best first:"));
        emit suggestionsChanged(m_suggested);
    } else {
        m_heading->setText(m_hits.empty() ? tr("No case holds every word of “%1”.").arg(words)
                                          : tr("Cases holding every word of “%1”:").arg(words));
    }
    const QSignalBlocker quiet(m_list);
    m_list->setRowCount(int(m_hits.size()));
    for (int r = 0; r < int(m_hits.size()); ++r) {
        const CaseHit &h = m_hits[std::size_t(r)];
        m_list->setItem(r, 0, new QTableWidgetItem(h.title));
        m_list->setItem(r, 1, new QTableWidgetItem(CaseWords::status(h.status)));
        m_list->setItem(r, 2, new QTableWidgetItem(h.faultCode));
    }
    if (!m_hits.empty())
        m_list->selectRow(0);
    showChosen();
}

qint64 OrderCasesTab::chosenId() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_hits.size()) || m_list->selectedItems().isEmpty())
        return 0;
    return m_hits[std::size_t(row)].id;
}

void OrderCasesTab::showChosen()
{
    const qint64 id = chosenId();
    m_use->setEnabled(id > 0 && m_order.id > 0);
    m_open->setEnabled(id > 0);
    if (id == 0) {
        m_text->clear();
        return;
    }
    auto c = m_library.find(id);
    if (!c || !*c) {
        m_text->clear();
        return;
    }
    const ServiceCase &k = **c;
    QString html = QStringLiteral("<h3>%1</h3>").arg(k.title.toHtmlEscaped());
    const auto section = [&html](const QString &label, const QString &body) {
        if (body.isEmpty())
            return;
        // A list of steps is a block of its own: no line break before it.
        html += body.startsWith(QLatin1String("<ol>"))
                    ? QStringLiteral("<p><b>%1</b></p>%2").arg(label, body)
                    : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label, body);
    };
    section(tr("Symptom"), k.symptom.toHtmlEscaped());
    section(tr("Cause"), k.cause.toHtmlEscaped());
    section(tr("Fix"), steps(k.fix));
    section(tr("Models"), k.models.join(QStringLiteral(", ")).toHtmlEscaped());
    // The photos, as the document's own resources (nothing is written to disk).
    QString photos;
    for (std::size_t i = 0; i < k.photos.size(); ++i) {
        QImage image;
        if (!image.loadFromData(k.photos[i].image))
            continue;
        const QUrl url(QStringLiteral("case-photo:%1").arg(i));
        m_text->document()->addResource(QTextDocument::ImageResource, url,
                                        image.scaledToWidth(240, Qt::SmoothTransformation));
        photos += QStringLiteral("<img src=\"%1\"> ").arg(url.toString());
    }
    section(tr("Photos"), photos);
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("%1 · version %2 · by %3")
                         .arg(CaseWords::status(k.status))
                         .arg(k.version)
                         .arg(k.author.toHtmlEscaped()));
    m_text->setHtml(html);
}

void OrderCasesTab::recordUse()
{
    const qint64 id = chosenId();
    if (id == 0 || m_order.id == 0)
        return;
    if (auto s = m_library.recordUse(m_order.id, id); !s) {
        showError(this, tr("Cases"), s.error());
        return;
    }
    showUsed();
}

void OrderCasesTab::showUsed()
{
    if (m_order.id == 0) {
        m_used->setText(tr("Save the order to record the cases used on it."));
        return;
    }
    auto used = m_library.casesUsedOn(m_order.id);
    if (!used)
        return;
    QStringList titles;
    for (qint64 id : *used)
        if (auto c = m_library.find(id, knowledge::CaseLibrary::Photos::Without); c && *c)
            titles << (*c)->title;
    m_used->setText(titles.isEmpty()
                        ? tr("No case recorded as used on this order.")
                        : tr("Used on this order: %1").arg(titles.join(QStringLiteral("; "))));
}

void OrderCasesTab::saveAsCase()
{
    // Prefilled from the order: what the customer said, its fault code and model; the cause
    // and the steps are the technician's to write.
    const knowledge::OrderClues clues = m_clues();
    ServiceCase draft;
    draft.title = clues.description.section(QLatin1Char('\n'), 0, 0).left(60);
    draft.symptom = clues.description;
    draft.faultCode = clues.faultCode;
    if (!clues.model.isEmpty())
        draft.models = {clues.model};
    draft.sourceOrderId = m_order.id;
    draft.status = CaseStatus::Draft;
    CaseDialog dialog(m_db, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace servicelens::ui
