#include "kiosk/core/CoreLog.h"

Q_LOGGING_CATEGORY(lcCore, "accueil.core", QtInfoMsg)
