#include "sessiontypes.h"

#include <QStringList>

namespace Coach {

int ServerInfo::majorVersion() const
{
    const QString major = rasaVersion.section(QLatin1Char('.'), 0, 0).trimmed();
    bool ok = false;
    const int value = major.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace Coach
