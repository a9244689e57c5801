# Installation and the Debian packages (cpack -G DEB, or `cmake --build build
# --target package`, or deploy/package):
#   accueil        the command line, the enrolment helper, the service user
#   accueil-kiosk  the kiosk and the door tablet, as services in cage on tty1
#   accueil-hub    the hub as a service, with its backups
# Libraries the binaries link are found by dpkg-shlibdeps; what Qt loads at
# run time (QML modules, the SQLite driver, the Wayland platform, GStreamer
# plugins, fonts) is listed by hand below.
include(GNUInstallDirs)

set(ACCUEIL_PACKAGE_MAINTAINER "Accueil maintainers <accueil@raict.fr>"
    CACHE STRING "Maintainer field of the Debian packages")
set(accueil_debian ${PROJECT_SOURCE_DIR}/deploy/debian)
set(accueil_generated ${CMAKE_BINARY_DIR}/packaging)

# Binaries
install(TARGETS accueil RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT accueil)
install(PROGRAMS ${accueil_debian}/accueil-enrol DESTINATION ${CMAKE_INSTALL_SBINDIR} COMPONENT accueil)
install(TARGETS accueil-kiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)
install(TARGETS accueil-hub RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT hub)

# Configuration (conffiles, kept on upgrade) and systemd units. Debian 12
# keeps units under /lib/systemd/system.
install(FILES ${PROJECT_SOURCE_DIR}/deploy/etc/kiosk.conf DESTINATION /etc/accueil COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/etc/hub.conf DESTINATION /etc/accueil COMPONENT hub)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/systemd/accueil-kiosk.service
              ${PROJECT_SOURCE_DIR}/deploy/systemd/accueil-door.service
        DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/systemd/accueil-hub.service
        DESTINATION /lib/systemd/system COMPONENT hub)

# Per package: copyright, changelog.gz, the organiser's guide, man pages. No
# lintian override is needed: the packages are clean of errors and warnings
# (gzip -n: no time stamp, so the packages are reproducible).
find_program(ACCUEIL_GZIP gzip REQUIRED)
configure_file(${accueil_debian}/changelog.in ${accueil_generated}/changelog @ONLY)
function(accueil_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${ACCUEIL_GZIP} -9nc ${source} > ${output}
        DEPENDS ${source} VERBATIM)
endfunction()
accueil_gzip(${accueil_generated}/changelog ${accueil_generated}/changelog.gz)
set(accueil_man_pages accueil.1 accueil-enrol.8 accueil-kiosk.1 accueil-hub.1)
set(accueil_man_outputs)
foreach(page ${accueil_man_pages})
    accueil_gzip(${PROJECT_SOURCE_DIR}/deploy/man/${page} ${accueil_generated}/${page}.gz)
    list(APPEND accueil_man_outputs ${accueil_generated}/${page}.gz)
endforeach()
add_custom_target(accueil_package_docs ALL DEPENDS ${accueil_generated}/changelog.gz ${accueil_man_outputs})

install(FILES ${accueil_generated}/accueil.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT accueil)
install(FILES ${accueil_generated}/accueil-enrol.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT accueil)
install(FILES ${accueil_generated}/accueil-kiosk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT kiosk)
install(FILES ${accueil_generated}/accueil-hub.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT hub)
foreach(component accueil kiosk hub)
    if(component STREQUAL "accueil")
        set(package accueil)
    else()
        set(package accueil-${component})
    endif()
    install(FILES ${accueil_debian}/copyright ${accueil_generated}/changelog.gz ${PROJECT_SOURCE_DIR}/deploy/README.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

# CPack
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME accueil)
set(CPACK_PACKAGE_VENDOR "Accueil")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL accueil kiosk hub)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${ACCUEIL_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_ACCUEIL_PACKAGE_NAME accueil)
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME accueil-kiosk)
set(CPACK_DEBIAN_HUB_PACKAGE_NAME accueil-hub)

set(CPACK_COMPONENT_ACCUEIL_DESCRIPTION "conference check-in and badges: command line
Accueil checks conference attendees in from the QR code of their
registration confirmation, prints their name badge and keeps every kiosk,
desk and session door in sync with a hub, with or without network.

This package holds the administration command line (imports, check-in,
badges, exports, enrolment of a device) and the service user the kiosk
and hub services run as.")
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "conference check-in and badges: fullscreen kiosk
Accueil checks conference attendees in from the QR code of their
registration confirmation, prints their name badge and keeps every kiosk,
desk and session door in sync with a hub, with or without network.

This package holds the touch-screen kiosk and its services: the
self-service kiosk or a session door tablet, fullscreen in the cage
Wayland compositor on the first console, restarted at once after a crash.")
set(CPACK_COMPONENT_HUB_DESCRIPTION "conference check-in and badges: hub
Accueil checks conference attendees in from the QR code of their
registration confirmation, prints their name badge and keeps every kiosk,
desk and session door in sync with a hub, with or without network.

This package holds the hub every device syncs with, as a service, with
snapshots of its database and its enrolment QR code.")

# What Qt loads at run time, which dpkg-shlibdeps cannot see.
set(accueil_runtime_common "adduser, libqt6sql6-sqlite, fonts-noto-core, fonts-noto-cjk, fonts-dejavu-core")
set(CPACK_DEBIAN_ACCUEIL_PACKAGE_DEPENDS "${accueil_runtime_common}, cups-client")
set(CPACK_DEBIAN_ACCUEIL_PACKAGE_RECOMMENDS "cups")
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "accueil (= ${PROJECT_VERSION}), ${accueil_runtime_common}, cage, xwayland, qt6-wayland, qt6-qpa-plugins, libegl-mesa0, libgl1-mesa-dri, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtmultimedia, qml6-module-qtquick-virtualkeyboard, qml6-module-qt-labs-folderlistmodel, qml6-module-qtquick-shapes, qt6-virtualkeyboard-plugin, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng, cups-client")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cups, printer-driver-ptouch, printer-driver-dymo")
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "accueil (= ${PROJECT_VERSION}), adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql-client")

# Maintainer scripts, and the conffiles dpkg keeps on upgrade.
file(WRITE ${accueil_generated}/kiosk/conffiles "/etc/accueil/kiosk.conf\n")
file(WRITE ${accueil_generated}/hub/conffiles "/etc/accueil/hub.conf\n")
set(CPACK_DEBIAN_ACCUEIL_PACKAGE_CONTROL_EXTRA ${accueil_debian}/accueil/postinst ${accueil_debian}/accueil/postrm)
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA ${accueil_generated}/kiosk/conffiles
    ${accueil_debian}/accueil-kiosk/postinst ${accueil_debian}/accueil-kiosk/prerm ${accueil_debian}/accueil-kiosk/postrm)
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA ${accueil_generated}/hub/conffiles
    ${accueil_debian}/accueil-hub/postinst ${accueil_debian}/accueil-hub/prerm ${accueil_debian}/accueil-hub/postrm)

include(CPack)
