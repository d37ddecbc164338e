#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

namespace Coach {

//! The endpoints file a launched Rasa server reads: a copy of the
//! project's endpoints.yml (every other endpoint as it is) with the
//! action endpoint pointed at the action server Rasa Coach started. It is
//! written to `target` (a temporary folder); the project's own file is
//! only read. `projectFile` may be empty (a project without one).
Status writeEndpointsWithActionServer(const QString &projectFile, const QUrl &actionUrl,
                                      const QString &target);

} // namespace Coach
