#pragma once

#include <QLoggingCategory>

// Badges and the print queue. Switched on with QT_LOGGING_RULES="accueil.print.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
