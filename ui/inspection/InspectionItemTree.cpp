// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionItemTree.h"

#include "AnswerPages.h"
#include "InspectionSession.h"
#include "inspection/Scoring.h"
#include "widgets/Palette.h"

#include <QHeaderView>

namespace servicelens::ui {

using namespace inspection;

InspectionItemTree::InspectionItemTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("itemTree"));
    setColumnCount(2);
    setHeaderLabels({tr("Item"), tr("Answer")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setFocusPolicy(Qt::NoFocus); // keys belong to the answer
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString code = item->data(0, Qt::UserRole).toString();
        if (!code.isEmpty())
            emit itemChosen(code);
    });
}

void InspectionItemTree::showTemplate(const InspectionTemplate &tmpl, const QString &language)
{
    clear();
    for (const TemplateSection &s : tmpl.sections) {
        auto *section = new QTreeWidgetItem(this, {s.title.in(language)});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(false);
        for (const TemplateItem &i : s.items) {
            auto *child = new QTreeWidgetItem(section, {i.text.in(language)});
            child->setData(0, Qt::UserRole, i.code);
            child->setToolTip(0, i.text.in(language));
        }
        section->setExpanded(true);
    }
}

void InspectionItemTree::showAnswers(const InspectionSession &session)
{
    const InspectionTemplate &tmpl = session.tmpl();
    for (int s = 0; s < topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        for (int c = 0; c < section->childCount(); ++c) {
            QTreeWidgetItem *child = section->child(c);
            const QString code = child->data(0, Qt::UserRole).toString();
            const TemplateItem *item = tmpl.item(code);
            if (!item)
                continue;
            const Answer *a = nullptr;
            for (const Answer &x : session.answers())
                if (x.itemCode == item->code)
                    a = &x;
            QStringList parts;
            if (item->type == ItemType::Photo && session.photoCount(code) > 0)
                parts << tr("%n photo(s)", nullptr, session.photoCount(code));
            else if (a)
                parts << AnswerPages::describe(*a, *item);
            const bool finding = Scoring::isFinding(*item, a);
            if (finding && session.previous().value(item->code).finding)
                parts << tr("(repeat)");
            if (const int actions = session.actionCount(code); actions > 0)
                parts << tr("⚑ %n action(s)", nullptr, actions);
            parts.removeAll(QString());
            child->setText(1, parts.join(QLatin1Char(' ')));
            child->setForeground(1, finding ? QBrush(palette::problem) : QBrush());
            if (code == session.currentItemCode())
                setCurrentItem(child);
        }
    }
}

} // namespace servicelens::ui
