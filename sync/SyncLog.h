#pragma once

#include <QLoggingCategory>

// The hub and the device sync client. Switched on with QT_LOGGING_RULES="accueil.sync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSync)
