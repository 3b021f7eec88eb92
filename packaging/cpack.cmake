# CPack settings for the Debian package. Build it with: cd build/<preset> && cpack -G DEB
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "linkdeck")
set(CPACK_PACKAGE_VENDOR "The Linkdeck developers")
set(CPACK_PACKAGE_CONTACT "Linkdeck team <team@linkdeck.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://linkdeck.example.org")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Branded short links, campaign charts and print-grade QR codes")
set(CPACK_PACKAGE_DESCRIPTION [[
Linkdeck is a desktop app for marketing staff. It creates branded short
links on a local Linkdeck server or on Bitly, Rebrandly, Shlink or Cuttly,
charts the clicks per campaign and exports print-grade QR codes.
The package also contains linkdeck-cli, a command-line tool for the
same tasks.]])
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The Debian revision: the package version is 0.1.0-1, so the package is not "native" and its
# changelog is usr/share/doc/linkdeck/changelog.Debian.gz (packaging/debian/changelog.in).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the linked libraries (libsodium23 for link passwords among them: Depends
# gets it from the binaries as it gets libqrencode4); Qt plugins and data files need naming by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain loads libsecret with dlopen, so shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, uap-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, libsecret-1-0, gnome-keyring")

set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/" "\\\\.user$")

include(CPack)
