export * from './interfaces/notification-driver.interface';
export * from './drivers/smtp.driver';
export * from './drivers/log.driver';
export * from './templates/render';
export * from './templates/templates';
export * from './create-driver';
export * from './documents/warning-notice.pdf';
export * from './documents/cjk-font';
