#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "coach.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "coach.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "coach.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGraph, "coach.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "coach.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "coach.project", QtWarningMsg)
