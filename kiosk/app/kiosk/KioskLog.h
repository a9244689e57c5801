#pragma once

#include <QLoggingCategory>

// The kiosk application: decisions, badges and start-up. Switched on with QT_LOGGING_RULES="accueil.kiosk.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
