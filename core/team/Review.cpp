// SPDX-License-Identifier: GPL-3.0-or-later
#include "Review.h"

namespace servicelens::team {

QString ReviewNames::code(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return QStringLiteral("self");
    case RaterGroup::Manager:
        return QStringLiteral("manager");
    case RaterGroup::Peer:
        return QStringLiteral("peer");
    case RaterGroup::Other:
        return QStringLiteral("other");
    case RaterGroup::Customer:
        break;
    }
    return QStringLiteral("customer");
}

const char *ReviewNames::labelSource(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return QT_TR_NOOP("Self");
    case RaterGroup::Manager:
        return QT_TR_NOOP("Manager");
    case RaterGroup::Peer:
        return QT_TR_NOOP("Peers");
    case RaterGroup::Other:
        return QT_TR_NOOP("Other departments");
    case RaterGroup::Customer:
        break;
    }
    return QT_TR_NOOP("Customers");
}

QString ReviewNames::label(RaterGroup group)
{
    return tr(labelSource(group));
}

QString ReviewNames::asRater(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return tr("as yourself");
    case RaterGroup::Manager:
        return tr("as their manager");
    case RaterGroup::Peer:
        return tr("as a peer");
    case RaterGroup::Other:
        return tr("from another department");
    case RaterGroup::Customer:
        break;
    }
    return tr("as a customer");
}

std::optional<RaterGroup> ReviewNames::group(const QString &code)
{
    for (RaterGroup g : {RaterGroup::Self, RaterGroup::Manager, RaterGroup::Peer, RaterGroup::Other,
                         RaterGroup::Customer})
        if (ReviewNames::code(g) == code)
            return g;
    return std::nullopt;
}

} // namespace servicelens::team
