# Installation, desktop integration, translations and the Debian package.
# Included from the root CMakeLists.txt after the app targets exist.
include(GNUInstallDirs)
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)  # Debian: qt6-tools-dev + qt6-l10n-tools

# Translations: lrelease at build time, embedded as :/i18n/kexue_lab_<locale>.qm
# (widgets/shell/language.cpp loads them). Refresh the .ts from the whole tree,
# the parameter schemas included, with
#   scripts/update-translations.py BUILD_DIR
# and translate what it reports unfinished (test_widgets_translation fails until then).
qt_add_translations(kexue_widgets
  TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/kexue_lab_zh_CN.ts
  RESOURCE_PREFIX /i18n)

# PNG icons rendered from the SVG at build time (hicolor sizes).
set(KX_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/kexue-lab.svg)
add_executable(kx_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/render_icon.cpp)
target_link_libraries(kx_render_icon PRIVATE Qt6::Gui Qt6::Svg)
set(KX_ICON_PNGS)
foreach(size 16 22 24 32 48 64 128 256)
  set(png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/kexue-lab.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:kx_render_icon> ${KX_ICON_SVG} ${size} ${png}
    DEPENDS kx_render_icon ${KX_ICON_SVG}
    COMMENT "Rendering the ${size}px icon")
  list(APPEND KX_ICON_PNGS ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(kx_icons ALL DEPENDS ${KX_ICON_PNGS})
# The window icon when the theme has none (running from the build tree).
qt_add_resources(kexue_widgets kx_app_icon PREFIX /icons BASE ${PROJECT_SOURCE_DIR}/resources/icons FILES ${KX_ICON_SVG})

install(TARGETS kexue-lab kexue-bench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${KX_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/fm.kexue.lab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/fm.kexue.lab.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The user guide with its screenshots (scripts/screenshots.sh), where Debian keeps docs.
file(GLOB KX_GUIDE_IMAGES ${PROJECT_SOURCE_DIR}/docs/guide-*.png)
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${KX_GUIDE_IMAGES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/kexue-lab)

# cpack -G DEB (scripts/check-package.sh): Depends from dpkg-shlibdeps, plus
# what the binaries load at run time rather than link (Qt's platform plugins).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kexue-lab)
set(CPACK_PACKAGE_VENDOR "Kexue Lab")
set(CPACK_PACKAGE_CONTACT "Kexue Lab maintainers <kexue-lab@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Live, exact figures of the mathematics in the Scientific Spaces essays")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# A CJK font so that the Simplified Chinese interface does not show boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri, fonts-dejavu-core, fonts-noto-cjk | fonts-wqy-microhei")
include(CPack)
