// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace servicelens {

bool StoreUrl::isPostgres(const QString &store)
{
    return store.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           store.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<StoreUrl> StoreUrl::parse(const QString &store)
{
    const QUrl url(store, QUrl::StrictMode);
    auto wrong = [&](const QString &why) {
        QString safe = store;
        if (url.isValid() && !url.password().isEmpty())
            safe.replace(url.password(QUrl::FullyEncoded), QStringLiteral("***"));
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1” is not a PostgreSQL store URL: %2 Write it as "
                            "postgresql://user@host:port/database.")
                             .arg(safe, why));
    };
    if (!isPostgres(store) || !url.isValid())
        return wrong(url.isValid() ? tr("it does not start with postgresql://.")
                                   : url.errorString() + QLatin1Char('.'));
    StoreUrl s;
    s.host = url.host();
    if (s.host.isEmpty())
        return wrong(tr("the server's name is missing."));
    s.port = url.port(5432);
    s.user = url.userName();
    s.password = url.password();
    s.database = url.path().mid(1);
    if (s.database.isEmpty() || s.database.contains(QLatin1Char('/')))
        return wrong(tr("the database's name is missing."));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')) ||
            key.contains(QLatin1Char('=')))
            return wrong(tr("the option “%1” cannot be used.").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    s.options = options.join(QLatin1Char(';'));
    return s;
}

QString StoreUrl::shown() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host;
    if (port != 5432)
        text += QLatin1Char(':') + QString::number(port);
    return text + QLatin1Char('/') + database;
}

} // namespace servicelens
