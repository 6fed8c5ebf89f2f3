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

QString ReviewNames::label(RaterGroup group)
{
    switch (group) {
    case RaterGroup::Self:
        return tr("Self");
    case RaterGroup::Manager:
        return tr("Manager");
    case RaterGroup::Peer:
        return tr("Peers");
    case RaterGroup::Other:
        return tr("Other departments");
    case RaterGroup::Customer:
        break;
    }
    return tr("Customers");
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
