#pragma once

#include <QLoggingCategory>

// The event database and check-in decisions. Switched on with QT_LOGGING_RULES="accueil.core.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
